package fr.paragraphe.documents;

import static fr.paragraphe.documents.Fixtures.read;
import static fr.paragraphe.documents.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.spi.DocumentReader;
import fr.paragraphe.spi.UnreadableDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/** Each kind of document that cannot give its text, refused with its reason in one line. */
class BadDocumentsTest {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private final DocumentReader reader = Documents.reader();

  @TempDir Path dir;

  private static String reason(DocumentReader reader, Path file) {
    return assertThrows(UnreadableDocumentException.class, () -> read(reader, file)).getMessage();
  }

  @Test
  void encryptedPdf() throws IOException {
    PDDocument pdf = new PDDocument();
    Fixtures.pdfPage(pdf, "Un texte secret.");
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy("proprietaire", "lecteur", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    pdf.protect(policy);
    Path file = Fixtures.save(pdf, dir.resolve("secret.pdf"));
    assertEquals("encrypted: a password is needed", reason(reader, file));
  }

  @Test
  void encryptedDocx() throws Exception {
    Path plain = dir.resolve("clair.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(plain)) {
      doc.createParagraph().createRun().setText("Un texte secret.");
      doc.write(out);
    }
    Path file = dir.resolve("secret.docx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("lecteur");
      try (OPCPackage docx = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
          OutputStream out = encryptor.getDataStream(fs)) {
        docx.save(out);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    assertEquals("encrypted: a password is needed", reason(reader, file));
  }

  @Test
  void encryptedOdt() throws IOException {
    Path file =
        Fixtures.zip(
            dir.resolve("secret.odt"),
            "application/vnd.oasis.opendocument.text",
            "META-INF/manifest.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
             <manifest:file-entry manifest:full-path="/"
               manifest:media-type="application/vnd.oasis.opendocument.text"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">
              <manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">
               <manifest:algorithm manifest:algorithm-name="Blowfish CFB"
                 manifest:initialisation-vector="AAAA"/>
               <manifest:key-derivation manifest:key-derivation-name="PBKDF2"
                 manifest:iteration-count="1024" manifest:salt="AAAA"/>
              </manifest:encryption-data>
             </manifest:file-entry>
            </manifest:manifest>
            """,
            "content.xml",
            "\u0007\u0013 chiffré, illisible");
    assertEquals("encrypted: a password is needed", reason(reader, file));
  }

  @Test
  void pdfWithoutText() throws IOException {
    PDDocument pdf = new PDDocument();
    PDPage page = new PDPage();
    pdf.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
      content.addRect(100, 100, 200, 300);
      content.fill();
    }
    Path file = Fixtures.save(pdf, dir.resolve("scan.pdf"));
    assertEquals(
        "no text layer (a scanned document?); paragraphe does no OCR", reason(reader, file));
  }

  @Test
  void truncatedDocx() throws IOException {
    Path whole = dir.resolve("entier.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(whole)) {
      doc.createParagraph().createRun().setText("Un paragraphe qui sera coupé.");
      doc.write(out);
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path file = Files.write(dir.resolve("coupe.docx"), java.util.Arrays.copyOf(bytes, 600));
    assertEquals("damaged: its ZIP container cannot be read (truncated?)", reason(reader, file));
  }

  @Test
  void notAZipAtAll() throws IOException {
    Path file = write(dir.resolve("faux.epub"), "ceci n’est pas un EPUB");
    assertEquals("damaged: its ZIP container cannot be read (truncated?)", reason(reader, file));
  }

  @Test
  void damagedPdf() throws IOException {
    Path file = write(dir.resolve("faux.pdf"), "%PDF-1.7\nrien de plus");
    assertEquals("damaged: not a readable PDF file", reason(reader, file));
  }

  @Test
  void missingFileStaysAnIoException() {
    Path file = dir.resolve("absent.pdf");
    assertThrows(NoSuchFileException.class, () -> reader.read(file));
    assertThrows(NoSuchFileException.class, () -> reader.read(dir.resolve("absent.xml")));
    assertThrows(NoSuchFileException.class, () -> reader.read(dir.resolve("absent.docx")));
  }

  @Test
  void textPastTheLimit() throws IOException {
    Path file =
        write(
            dir.resolve("long.html"),
            "<p>" + "mot ".repeat(30) + "</p><p>" + "mot ".repeat(30) + "</p>");
    DocumentReader small = Documents.reader(Limits.DEFAULT.withMaxChars(150));
    assertEquals("more than 150 characters of text (the limit)", reason(small, file));
    assertEquals(2, read(Documents.reader(Limits.DEFAULT.withMaxChars(250)), file).size());
  }

  @Test
  void paragraphPastTheLimit() throws IOException {
    Path file = write(dir.resolve("bloc.html"), "<p>" + "mot ".repeat(100) + "</p>");
    DocumentReader small = Documents.reader(Limits.DEFAULT.withMaxBlockChars(100));
    assertEquals("a paragraph longer than 100 characters (the limit)", reason(small, file));
  }

  /** A DOCX of a few kilobytes whose text unpacks to two million characters. */
  private Path zipBomb() throws IOException {
    Path file = dir.resolve("bombe.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      String text = "a ".repeat(5000);
      for (int i = 0; i < 200; i++) {
        doc.createParagraph().createRun().setText(text);
      }
      doc.write(out);
    }
    return file;
  }

  @Test
  void zipBombPastTheTextLimit() throws IOException {
    Path file = zipBomb();
    DocumentReader small = Documents.reader(Limits.DEFAULT.withMaxChars(500_000));
    assertEquals("more than 500,000 characters of text (the limit)", reason(small, file));
  }

  @Test
  void zipBombByItsRatio() throws IOException {
    Path file = zipBomb();
    assertEquals(
        "suspected zip bomb: its text expands past 100 times the size of the file",
        reason(reader, file));
  }

  /** A parser that blocks until interrupted, as one stuck on a damaged file. */
  private static final class Hanging implements Parser {
    private static final long serialVersionUID = 1L;
    final transient CountDownLatch started = new CountDownLatch(1);
    final transient CountDownLatch interrupted = new CountDownLatch(1);

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return Set.of();
    }

    @Override
    public void parse(InputStream in, ContentHandler handler, Metadata metadata, ParseContext c) {
      started.countDown();
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
    }
  }

  @Test
  void hangingParser() throws Exception {
    Path file = write(dir.resolve("page.html"), "<p>Un paragraphe.</p>");
    Hanging parser = new Hanging();
    DocumentReader hanging =
        new DocumentFiles(
            Limits.DEFAULT.withTimeLimit(Duration.ofMillis(200)), new TikaReading(parser));
    assertEquals("not read within 200 ms (the time limit)", reason(hanging, file));
    parser.interrupted.await(); // the parser's thread was interrupted, not left waiting
  }

  /** A parser that ignores interruption and emits empty paragraphs without end. */
  private static final class Endless implements Parser {
    private static final long serialVersionUID = 1L;
    final transient CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return Set.of();
    }

    @Override
    public void parse(InputStream in, ContentHandler handler, Metadata metadata, ParseContext c)
        throws SAXException {
      try {
        while (true) {
          handler.startElement(XHTML, "p", "p", new AttributesImpl());
          handler.endElement(XHTML, "p", "p");
        }
      } finally {
        stopped.countDown();
      }
    }
  }

  @Test
  void endlessParserStopsPastTheTimeLimit() throws Exception {
    Path file = write(dir.resolve("page.html"), "<p>Un paragraphe.</p>");
    Endless parser = new Endless();
    DocumentReader endless =
        new DocumentFiles(
            Limits.DEFAULT.withTimeLimit(Duration.ofMillis(200)), new TikaReading(parser));
    assertEquals("not read within 200 ms (the time limit)", reason(endless, file));
    // Its thread ends, not left running: a bound for the test to fail by rather than hang.
    assertTrue(parser.stopped.await(30, TimeUnit.SECONDS));
  }

  @Test
  void bigFilesHaveMoreTime() throws Exception {
    Path file = write(dir.resolve("grande.html"), "<p>" + "mot ".repeat(600_000) + "</p>");
    Limits limits =
        Limits.DEFAULT.withTimeLimit(Duration.ofMillis(200), Duration.ofMillis(100)); // 2.4 MB
    DocumentReader hanging = new DocumentFiles(limits, new TikaReading(new Hanging()));
    assertEquals("not read within 400 ms (the time limit)", reason(hanging, file));
  }
}
