package fr.paragraphe;

/**
 * How many hits to return, whether to collapse duplicates and whether to explain scores.
 *
 * @param limit the most hits returned (at least 1)
 * @param collapseDuplicates whether paragraphs with the same normalised text are folded into the
 *     best of them
 * @param explain whether each hit carries an {@link Hit#explanation() explanation} of its score
 *     (costs one more scoring of each hit shown)
 * @param exactness how exactly a match must have the form typed; other than {@link Exactness#WORDS}
 *     every paragraph the index finds is read and checked, so that the total stays exact
 */
public record SearchOptions(
    int limit, boolean collapseDuplicates, boolean explain, Exactness exactness) {
  /** Ten hits, duplicates collapsed, no explanation, any form of the words. */
  public static final SearchOptions DEFAULT = new SearchOptions(10, true, false);

  public SearchOptions {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    if (exactness == null) {
      throw new IllegalArgumentException("exactness is null");
    }
  }

  /** Any form of the words ({@link Exactness#WORDS}). */
  public SearchOptions(int limit, boolean collapseDuplicates, boolean explain) {
    this(limit, collapseDuplicates, explain, Exactness.WORDS);
  }

  public SearchOptions withLimit(int newLimit) {
    return new SearchOptions(newLimit, collapseDuplicates, explain, exactness);
  }

  public SearchOptions withCollapseDuplicates(boolean collapse) {
    return new SearchOptions(limit, collapse, explain, exactness);
  }

  public SearchOptions withExplain(boolean explainScores) {
    return new SearchOptions(limit, collapseDuplicates, explainScores, exactness);
  }

  public SearchOptions withExactness(Exactness newExactness) {
    return new SearchOptions(limit, collapseDuplicates, explain, newExactness);
  }
}
