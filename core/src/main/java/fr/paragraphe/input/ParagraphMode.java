package fr.paragraphe.input;

/** How a text is cut into paragraphs. */
public enum ParagraphMode {
  /** {@link #BLANK_LINES} when blank lines separate text, else {@link #LINES}. */
  AUTO,
  /** One paragraph per non-empty line (scraped articles, corpora with one paragraph a line). */
  LINES,
  /**
   * Paragraphs separated by blank lines; the lines of a paragraph are joined (hard-wrapped text).
   */
  BLANK_LINES
}
