package fr.paragraphe;

/**
 * How many hits to return and whether to collapse duplicates.
 *
 * @param limit the most hits returned (at least 1)
 * @param collapseDuplicates whether paragraphs with the same normalised text are folded into the best of them
 */
public record SearchOptions(int limit, boolean collapseDuplicates) {
  /** Ten hits, duplicates collapsed. */
  public static final SearchOptions DEFAULT = new SearchOptions(10, true);

  public SearchOptions {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
  }

  public SearchOptions withLimit(int newLimit) {
    return new SearchOptions(newLimit, collapseDuplicates);
  }

  public SearchOptions withCollapseDuplicates(boolean collapse) {
    return new SearchOptions(limit, collapse);
  }
}
