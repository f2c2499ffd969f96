package fr.paragraphe;

/**
 * How a concordance is made.
 *
 * @param width the most characters of context on each side of a match, cut at a word boundary
 * @param exactness how exactly a match must have the form typed
 */
public record ConcordanceOptions(int width, Exactness exactness) {
  /** 50 characters each side, any form of the words. */
  public static final ConcordanceOptions DEFAULT = new ConcordanceOptions(50, Exactness.WORDS);

  public ConcordanceOptions {
    if (width < 0) {
      throw new IllegalArgumentException("width must be at least 0, got " + width);
    }
    if (exactness == null) {
      throw new IllegalArgumentException("exactness is null");
    }
  }

  public ConcordanceOptions withWidth(int newWidth) {
    return new ConcordanceOptions(newWidth, exactness);
  }

  public ConcordanceOptions withExactness(Exactness newExactness) {
    return new ConcordanceOptions(width, newExactness);
  }
}
