package fr.paragraphe;

/**
 * How many hits to return, whether to collapse duplicates and whether to explain scores.
 *
 * @param limit the most hits returned (at least 1)
 * @param collapseDuplicates whether paragraphs with the same normalised text are folded into the
 *     best of them
 * @param explain whether each hit carries an {@link Hit#explanation() explanation} of its score
 *     (costs one more scoring of each hit shown)
 */
public record SearchOptions(int limit, boolean collapseDuplicates, boolean explain) {
  /** Ten hits, duplicates collapsed, no explanation. */
  public static final SearchOptions DEFAULT = new SearchOptions(10, true, false);

  public SearchOptions {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
  }

  public SearchOptions withLimit(int newLimit) {
    return new SearchOptions(newLimit, collapseDuplicates, explain);
  }

  public SearchOptions withCollapseDuplicates(boolean collapse) {
    return new SearchOptions(limit, collapse, explain);
  }

  public SearchOptions withExplain(boolean explainScores) {
    return new SearchOptions(limit, collapseDuplicates, explainScores);
  }
}
