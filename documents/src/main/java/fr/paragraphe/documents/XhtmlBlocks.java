package fr.paragraphe.documents;

import java.io.IOException;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML that Tika's parsers emit into blocks: each block-level element ({@code <p>},
 * {@code <li>}, {@code <blockquote>}, {@code <td>}, {@code <div>}...) ends the block before it and
 * starts a new one, {@code <h1>}..{@code <h6>} give headings, and, for PDF, each {@code <div
 * class="page">} starts the next page. The {@code <head>} (title, metadata), scripts, styles and
 * what Tika adds around the text (embedded files, annotations, headers and footers) give nothing.
 *
 * <p>Plain SAX (JDK) types only: Tika's classes stay in {@link TikaReading}.
 */
final class XhtmlBlocks extends DefaultHandler {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "blockquote",
          "div",
          "td",
          "th",
          "tr",
          "table",
          "caption",
          "ul",
          "ol",
          "dl",
          "dd",
          "dt",
          "pre",
          "address",
          "body",
          "hr",
          "section",
          "article",
          "aside",
          "figure",
          "figcaption");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style", "noscript");

  /** Classes of the {@code <div>}s that Tika wraps around what is not the document's own text. */
  private static final Set<String> SKIPPED_CLASSES =
      Set.of("embedded", "package-entry", "annotation", "header", "footer", "ocr");

  private final BlockBuffer out;
  private final boolean pages;
  private final BlockText text;

  /** Elements open inside a skipped one (0: not skipping). */
  private int skipped;

  private int headings;
  private int page;

  /**
   * @param pages whether the document has pages (PDF): page numbers then count from 1
   */
  XhtmlBlocks(BlockBuffer out, boolean pages, int maxBlockChars) {
    this.out = out;
    this.pages = pages;
    this.text = new BlockText(pages, maxBlockChars);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes)
      throws SAXException {
    try {
      out.checkNotCancelled(); // a parser that ignores interruption still stops here
    } catch (IOException e) {
      throw new SAXException(e);
    }
    String name = name(localName, qName);
    if (skipped > 0 || SKIPPED.contains(name) || skippedDiv(name, attributes)) {
      skipped++;
      return;
    }
    if (name.equals("br")) {
      text.lineBreak();
    } else if (BLOCKS.contains(name)) {
      flush();
      if (pages && name.equals("div") && "page".equals(attributes.getValue("class"))) {
        page++;
      }
      if (HEADINGS.contains(name)) {
        headings++;
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (skipped > 0) {
      skipped--;
      return;
    }
    String name = name(localName, qName);
    if (BLOCKS.contains(name)) {
      flush();
      if (HEADINGS.contains(name)) {
        headings--;
      }
    }
  }

  @Override
  public void characters(char[] chars, int start, int length) throws SAXException {
    if (skipped == 0) {
      try {
        out.checkNotCancelled();
        text.append(chars, start, length);
      } catch (IOException e) {
        throw new SAXException(e);
      }
    }
  }

  @Override
  public void ignorableWhitespace(char[] chars, int start, int length) throws SAXException {
    characters(chars, start, length);
  }

  @Override
  public void endDocument() throws SAXException {
    flush();
  }

  /** The last block, if the parser ended without {@link #endDocument}; does no harm twice. */
  void end() throws SAXException {
    flush();
  }

  private void flush() throws SAXException {
    if (!text.isEmpty()) {
      try {
        out.add(text.take(), headings > 0, pages ? Math.max(page, 1) : 0);
      } catch (IOException e) {
        throw new SAXException(e);
      }
    }
  }

  private static boolean skippedDiv(String name, Attributes attributes) {
    String type = attributes.getValue("class");
    return name.equals("div") && type != null && SKIPPED_CLASSES.contains(type);
  }

  private static String name(String localName, String qName) {
    return localName == null || localName.isEmpty() ? qName : localName;
  }
}
