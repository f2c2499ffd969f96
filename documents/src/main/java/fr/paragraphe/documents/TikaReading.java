package fr.paragraphe.documents;

import fr.paragraphe.spi.UnreadableDocumentException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.epub.EpubParser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads HTML, DOCX, ODT, RTF, EPUB and PDF with Tika's parser of that format (chosen by the file's
 * extension, not detected: a file that is not what its name says is refused as damaged), its XHTML
 * going to {@link XhtmlBlocks}. Tika's {@link SecureContentHandler} refuses zip bombs (text more
 * than 100 times the file's size, past the first million characters; XML nested 100 deep). Embedded
 * files (images, attachments) are not read. Tika's own failures become {@link
 * UnreadableDocumentException}s with a reason in plain words.
 */
final class TikaReading implements FormatReading {
  /** The first bytes of an OLE2 (older Office) file. */
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /** The formats whose files are ZIP containers. */
  private static final Set<String> ZIPPED = Set.of("docx", "odt", "epub");

  /** Null: the parser of each format. */
  private final Parser parser;

  TikaReading() {
    this(null);
  }

  /** Every format read by {@code parser}: a hook for tests (a parser that hangs). */
  TikaReading(Parser parser) {
    this.parser = parser;
  }

  @Override
  public void read(Path file, String format, BlockBuffer out) throws IOException {
    if (ZIPPED.contains(format)) {
      checkZip(file);
    }
    Metadata metadata = new Metadata();
    XhtmlBlocks blocks = new XhtmlBlocks(out, format.equals("pdf"), out.maxBlockChars());
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) { // a missing file stays so
      SecureContentHandler secure = new SecureContentHandler(blocks, in);
      try {
        try {
          (parser != null ? parser : parserOf(format)).parse(in, secure, metadata, context());
          blocks.end();
        } catch (SAXException e) {
          secure.throwIfCauseOf(e);
          throw e;
        }
      } catch (IOException | SAXException | TikaException | RuntimeException e) {
        throw unreadable(e, format);
      }
    }
    if (format.equals("pdf") && out.count() == 0) {
      throw new UnreadableDocumentException(
          "no text layer (a scanned document?); paragraphe does no OCR");
    }
  }

  /**
   * Opens the ZIP container's directory, at its end: Tika reads a truncated one as an empty
   * document rather than fail. An encrypted DOCX is no ZIP but an OLE2 file holding the encrypted
   * package.
   */
  private static void checkZip(Path file) throws IOException {
    if (isOle2(file)) {
      boolean encrypted;
      try (POIFSFileSystem ole2 = new POIFSFileSystem(file.toFile(), true)) {
        encrypted = ole2.getRoot().hasEntry("EncryptionInfo");
      } catch (IOException | RuntimeException e) {
        encrypted = false; // a damaged OLE2 file
      }
      throw new UnreadableDocumentException(
          encrypted
              ? "encrypted: a password is needed"
              : "damaged: an older Office file, not a ZIP container");
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (!zip.entries().hasMoreElements()) {
        throw new ZipException("no entry");
      }
    } catch (ZipException e) {
      throw new UnreadableDocumentException(
          "damaged: its ZIP container cannot be read (truncated?)");
    }
  }

  private static boolean isOle2(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(OLE2.length), OLE2);
    }
  }

  private static Parser parserOf(String format) {
    return switch (format) {
      case "html" -> new JSoupParser();
      case "docx" -> new OOXMLParser();
      case "odt" -> {
        OpenDocumentParser odt = new OpenDocumentParser();
        odt.setContentParser(new OdfContentOnly());
        yield odt;
      }
      case "rtf" -> new RTFParser();
      case "epub" -> new EpubParser();
      case "pdf" -> new PDFParser();
      default -> throw new IllegalArgumentException("not a format of Tika's: " + format);
    };
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(EmbeddedDocumentExtractor.class, new NoEmbedded());
    PDFParserConfig pdf = new PDFParserConfig();
    // The order the PDF draws its text in, which Word, LibreOffice and LaTeX make the reading
    // order: sorting by
    // position reads the lines of two columns across, one line of each in turn
    // (FormatsTest.pdfInColumns).
    pdf.setSortByPosition(false);
    pdf.setExtractBookmarksText(false); // the outline repeats the headings
    pdf.setExtractAnnotationText(false); // readers' notes, links: not the document's text
    pdf.setExtractInlineImages(false);
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    // PDFBox keeps at most this much of a PDF's streams in the heap, the rest in temporary files.
    pdf.setMaxMainMemoryBytes(16L << 20);
    context.set(PDFParserConfig.class, pdf);
    OfficeParserConfig office = new OfficeParserConfig();
    office.setIncludeHeadersAndFooters(false); // repeated on every page: not running text
    office.setUseSAXDocxExtractor(true); // streams the document rather than building it in memory
    office.setExtractMacros(false);
    context.set(OfficeParserConfig.class, office);
    return context;
  }

  /** The reason, in one line, that a document could not be read. */
  private static IOException unreadable(Exception failure, String format) {
    String name = format.toUpperCase(Locale.ROOT);
    for (Throwable e = failure; e != null; e = e.getCause()) {
      if (e instanceof UnreadableDocumentException reason) {
        return reason; // a limit of ours, thrown through the parser
      } else if (e instanceof InterruptedIOException stopped) {
        return stopped; // cancelled past the time limit: TimeLimit says so
      } else if (e instanceof EncryptedDocumentException) {
        return new UnreadableDocumentException("encrypted: a password is needed");
      } else if (e instanceof TikaException && isZipBomb(e)) {
        return new UnreadableDocumentException(
            "suspected zip bomb: its text expands past 100 times the size of the file");
      } else if (e instanceof ZipException) {
        return new UnreadableDocumentException(
            "damaged: its ZIP container cannot be read (truncated?)");
      } else if (e instanceof FileSystemException file && e == failure) {
        return file; // the file itself, not its content
      }
    }
    if (failure instanceof EOFException && !format.equals("pdf")) {
      return new UnreadableDocumentException("damaged: it ends too early (truncated?)");
    }
    return new UnreadableDocumentException("damaged: not a readable " + name + " file");
  }

  private static boolean isZipBomb(Throwable e) {
    String message = e.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb");
  }

  /** Embedded documents (images, attachments, fonts) give no text and no headings. */
  private static final class NoEmbedded implements EmbeddedDocumentExtractor {
    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return false;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {}
  }
}
