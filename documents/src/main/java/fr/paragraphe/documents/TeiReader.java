package fr.paragraphe.documents;

import fr.paragraphe.spi.UnreadableDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TEI P5 (and P4) XML by its own elements, with the JDK's StAX parser: no Tika, whose XML
 * parser runs all of a file's text into one paragraph and so loses what TEI says (measured in
 * {@code TeiReadingBenchmark}).
 *
 * <ul>
 *   <li>{@code <p>}, {@code <ab>}, {@code <item>}, {@code <cell>}, {@code <speaker>}, {@code
 *       <byline>}, {@code <titlePart>} and the other block elements are paragraphs; {@code <head>}
 *       a heading. Elements that may stand inside a paragraph ({@code <quote>}, {@code <stage>},
 *       {@code <label>}...) do not cut it; between paragraphs, their text is one of its own.
 *   <li>Verse: the {@code <l>} lines in a row (those of one {@code <lg>}, or of one speech) make
 *       one paragraph, joined by {@code " / "} as verse is quoted in prose: the lines stay visible
 *       in a hit, and a phrase across a line end still matches ({@code /} is no word).
 *   <li>{@code <note>}: out of the running text, so that a phrase read across the note's anchor
 *       still matches; its text is a paragraph of its own, right after the paragraph it is in.
 *   <li>Never read: {@code <teiHeader>} (the catalogue record), {@code <fw>} (running heads, page
 *       numbers), {@code <figDesc>}, and in a {@code <choice>} the {@code <sic>}, {@code <orig>}
 *       and {@code <abbr>} beside the corrected, regularised or expanded text.
 *   <li>{@code <lb/>}, {@code <pb/>}, {@code <cb/>} are spaces, unless {@code break="no"}. No page
 *       numbers: a TEI edition's {@code <pb/>} are the pages of the printed source, not of the
 *       file.
 * </ul>
 *
 * DTDs are not read (no external entities, no entity expansion): an entity they define is an error.
 */
final class TeiReader implements FormatReading {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "ab",
          "head",
          "lg",
          "item",
          "list",
          "cell",
          "row",
          "table",
          "div",
          "div1",
          "div2",
          "div3",
          "div4",
          "div5",
          "div6",
          "div7",
          "body",
          "front",
          "back",
          "text",
          "group",
          "titlePage",
          "titlePart",
          "docTitle",
          "docAuthor",
          "docImprint",
          "docDate",
          "docEdition",
          "byline",
          "dateline",
          "salute",
          "signed",
          "opener",
          "closer",
          "trailer",
          "epigraph",
          "argument",
          "postscript",
          "sp",
          "speaker",
          "castList",
          "castItem",
          "figure");
  private static final Set<String> SKIPPED = Set.of("teiHeader", "fw", "figDesc");
  private static final Set<String> ALTERNATIVES = Set.of("sic", "orig", "abbr");
  private static final Set<String> BREAKS = Set.of("lb", "pb", "cb");

  @Override
  public void read(Path file, String format, BlockBuffer out) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory().createXMLStreamReader(in);
      try {
        new Walk(xml, out).run();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new UnreadableDocumentException(notWellFormed(e));
    }
  }

  /** A factory that reads no DTD and resolves no external entity. */
  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  /** {@code not well-formed XML (line 3): the reason}, on one line. */
  private static String notWellFormed(XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int reason = message.indexOf("Message: ");
    message = (reason >= 0 ? message.substring(reason + 9) : message).replaceAll("\\s+", " ");
    String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
    return "not well-formed XML" + line + ": " + message.strip();
  }

  /** One pass over a document. */
  private static final class Walk {
    private final XMLStreamReader xml;
    private final BlockBuffer out;
    private final BlockText text;
    private final BlockText noteText;

    /** The open elements' local names. */
    private final Deque<String> open = new ArrayDeque<>();

    /** The verse lines in a row, not yet a paragraph. */
    private final List<String> lines = new ArrayList<>();

    /** Notes read inside the block being read: they follow it. */
    private final List<String> notes = new ArrayList<>();

    private int skipped;
    private int inNote;
    private int headings;

    Walk(XMLStreamReader xml, BlockBuffer out) {
      this.xml = xml;
      this.out = out;
      this.text = new BlockText(false, out.maxBlockChars());
      this.noteText = new BlockText(false, out.maxBlockChars());
    }

    void run() throws XMLStreamException, IOException {
      while (xml.hasNext()) {
        switch (xml.next()) {
          case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
          case XMLStreamConstants.END_ELEMENT -> end(open.pop());
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (skipped == 0) {
              out.checkNotCancelled();
              (inNote > 0 ? noteText : text)
                  .append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
          }
          default -> {}
        }
      }
      endBlock();
    }

    private void start(String name) throws IOException {
      boolean skip =
          skipped > 0
              || SKIPPED.contains(name)
              || ALTERNATIVES.contains(name) && "choice".equals(open.peek());
      open.push(name);
      if (skip) {
        skipped++;
      } else if (name.equals("note")) {
        inNote++;
      } else if (BREAKS.contains(name)) {
        if (!"no".equals(xml.getAttributeValue(null, "break"))) {
          (inNote > 0 ? noteText : text).append(" ");
        }
      } else if (inNote > 0) {
        noteText.append(" "); // a note's own paragraphs run together
      } else if (name.equals("l")) {
        endProse();
      } else if (BLOCKS.contains(name)) {
        endBlock();
        if (name.equals("head")) {
          headings++;
        }
      }
    }

    private void end(String name) throws IOException {
      if (skipped > 0) {
        skipped--;
      } else if (name.equals("note")) {
        if (--inNote == 0) {
          String note = noteText.take();
          if (!note.isEmpty()) {
            notes.add(note);
          }
          if (text.isEmpty() && lines.isEmpty()) {
            endBlock(); // between paragraphs: it comes out at once
          }
        }
      } else if (inNote > 0) {
        noteText.append(" ");
      } else if (name.equals("l")) {
        String line = text.take();
        if (!line.isEmpty()) {
          lines.add(line);
        }
      } else if (BLOCKS.contains(name)) {
        endBlock();
        if (name.equals("head")) {
          headings--;
        }
      }
    }

    /** Ends the paragraph being read (verse or prose), then gives the notes read in it. */
    private void endBlock() throws IOException {
      endVerse();
      endProse();
      for (String note : notes) {
        out.add(note, false, 0);
      }
      notes.clear();
    }

    private void endVerse() throws IOException {
      if (!lines.isEmpty()) {
        out.add(String.join(" / ", lines), headings > 0, 0);
        lines.clear();
      }
    }

    private void endProse() throws IOException {
      if (!text.isEmpty()) {
        endVerse(); // text after verse lines, in the same block: the verse came first
        out.add(text.take(), headings > 0, 0);
      }
    }
  }
}
