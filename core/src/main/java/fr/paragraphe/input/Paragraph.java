package fr.paragraphe.input;

/**
 * One paragraph of a source.
 *
 * @param number 1-based position among all paragraphs of the source, headings included
 * @param line 1-based line of the source where the paragraph starts
 * @param section the heading the paragraph falls under (a heading falls under itself), or null
 *     before any
 * @param text the paragraph as written, its lines joined
 * @param heading whether the paragraph is itself a heading
 * @param page the page it starts on, from 1, or 0 where the source has no pages
 */
public record Paragraph(
    int number, int line, String section, String text, boolean heading, int page) {

  /** A paragraph of a source without pages. */
  public Paragraph(int number, int line, String section, String text, boolean heading) {
    this(number, line, section, text, heading, 0);
  }
}
