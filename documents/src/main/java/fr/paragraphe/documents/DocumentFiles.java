package fr.paragraphe.documents;

import fr.paragraphe.spi.DocumentReader;
import fr.paragraphe.spi.UnreadableDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@link DocumentReader} of {@link Documents}: tells formats by file extension (and TEI from
 * other XML by its root element), and reads each document within the {@link Limits}.
 *
 * <p>An XML file that is not TEI is named {@code xml} and refused by {@link #read} ("XML but not
 * TEI"): its elements say nothing of paragraphs or headings, and reading its text as one block, as
 * Tika's XML parser does, would index markup-free but shapeless text (a {@code pom.xml}, an export
 * of data) as if it were prose. Refused, it is skipped with one warning line naming why.
 */
final class DocumentFiles implements DocumentReader {
  private static final Map<String, String> FORMATS =
      Map.of(
          "html", "html",
          "htm", "html",
          "xhtml", "html",
          "xml", "xml",
          "docx", "docx",
          "odt", "odt",
          "rtf", "rtf",
          "epub", "epub",
          "pdf", "pdf");
  private static final List<String> GLOBS =
      FORMATS.keySet().stream().sorted().map(extension -> "*." + extension).toList();
  private static final String TEI_NAMESPACE = "http://www.tei-c.org/ns/1.0";

  private final Limits limits;

  /** Null: Tika's parsers, made when a document first needs them. */
  private final FormatReading tika;

  DocumentFiles(Limits limits, FormatReading tika) {
    this.limits = limits;
    this.tika = tika;
  }

  @Override
  public List<String> globs() {
    return GLOBS;
  }

  @Override
  public String format(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return null;
    }
    String fileName = name.toString();
    int dot = fileName.lastIndexOf('.');
    String format =
        dot < 0 ? null : FORMATS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    return "xml".equals(format) && isTei(file) ? "tei" : format;
  }

  @Override
  public Blocks read(Path file) throws IOException {
    String format = format(file);
    if (format == null) {
      throw new IllegalArgumentException("not a document format: " + file);
    }
    if (format.equals("xml")) {
      Files.newInputStream(file).close(); // a file that cannot be read says so
      throw new UnreadableDocumentException(
          "XML but not TEI (of XML files, paragraphe reads TEI only)");
    }
    FormatReading reading = format.equals("tei") ? new TeiReader() : tika();
    return TimeLimit.read(
        limits, limits.timeFor(Files.size(file)), out -> reading.read(file, format, out));
  }

  private FormatReading tika() {
    return tika != null ? tika : TikaHolder.READING;
  }

  /** Loads Tika's classes on first use only. */
  private static final class TikaHolder {
    static final FormatReading READING = new TikaReading();
  }

  /**
   * Whether the root element is TEI's ({@code TEI}, {@code teiCorpus}, P4's {@code TEI.2}, or any
   * in TEI's namespace): reads up to the root element only, with the JDK's StAX.
   */
  static boolean isTei(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = TeiReader.factory().createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            String root = xml.getLocalName();
            return TEI_NAMESPACE.equals(xml.getNamespaceURI())
                || root.equals("TEI")
                || root.equals("teiCorpus")
                || root.equals("TEI.2");
          }
        }
        return false;
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException e) {
      return false; // read() says what is wrong with it
    }
  }
}
