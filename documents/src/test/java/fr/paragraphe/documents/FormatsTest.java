package fr.paragraphe.documents;

import static fr.paragraphe.documents.Fixtures.heading;
import static fr.paragraphe.documents.Fixtures.onPage;
import static fr.paragraphe.documents.Fixtures.paragraph;
import static fr.paragraphe.documents.Fixtures.read;
import static fr.paragraphe.documents.Fixtures.write;
import static fr.paragraphe.documents.Fixtures.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.spi.DocumentReader;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Each format, read to its exact blocks: paragraphs and headings from the format's own structure,
 * and none of its markup, style names, metadata (the title and author fields hold words found
 * nowhere else: {@code Cachalot}, {@code Zébulon}) or header text.
 */
class FormatsTest {
  private final DocumentReader reader = Documents.reader();

  @TempDir Path dir;

  @Test
  void html() throws IOException {
    Path file =
        write(
            dir.resolve("page.html"),
            """
            <!DOCTYPE html>
            <html lang="fr"><head><title>Cachalot</title>
            <meta name="author" content="Zébulon"><style>p { color: red }</style>
            <script>var cachalot = 1;</script></head>
            <body class="Zébulon">
            <h1>Rive gauche</h1>
            <p>Sur la   rive gauche
               du <b>Tigre</b>, l’armée avance.</p>
            <ul><li>Premier point</li><li>Second point</li></ul>
            <blockquote>Une citation.</blockquote>
            <div>Un texte sans paragraphe<br>sur deux lignes.</div>
            <h2>Suite</h2><p>La fin&nbsp;!</p>
            </body></html>
            """);
    assertEquals("html", reader.format(file));
    assertEquals(
        List.of(
            heading("Rive gauche"),
            paragraph("Sur la rive gauche du Tigre, l’armée avance."),
            paragraph("Premier point"),
            paragraph("Second point"),
            paragraph("Une citation."),
            paragraph("Un texte sans paragraphe sur deux lignes."),
            heading("Suite"),
            paragraph("La fin\u00a0!")),
        read(reader, file));
  }

  @Test
  void htmlInWindows1252() throws IOException {
    Path declared = dir.resolve("declare.htm");
    Files.writeString(
        declared,
        "<html><head><meta charset=\"windows-1252\"></head><body><p>L’été œuvre.</p>",
        java.nio.charset.Charset.forName("windows-1252"));
    Path undeclared = dir.resolve("muet.htm");
    Files.writeString(
        undeclared,
        "<p>Un été brûlant, une année très sèche, à la campagne.</p>",
        java.nio.charset.Charset.forName("windows-1252"));
    assertEquals(List.of(paragraph("L’été œuvre.")), read(reader, declared));
    assertEquals(
        List.of(paragraph("Un été brûlant, une année très sèche, à la campagne.")),
        read(reader, undeclared));
  }

  @Test
  void xhtml() throws IOException {
    Path file =
        write(
            dir.resolve("page.xhtml"),
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Cachalot</title></head>
            <body><h3>Titre</h3><p>Un paragraphe.</p></body></html>
            """);
    assertEquals("html", reader.format(file));
    assertEquals(List.of(heading("Titre"), paragraph("Un paragraphe.")), read(reader, file));
  }

  @Test
  void rtf() throws IOException {
    Path file =
        write(
            dir.resolve("lettre.rtf"),
            """
            {\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times;}}\
            {\\info{\\title Cachalot}{\\author Z\\'e9bulon}}
            \\pard Premier paragraphe, \\'e9t\\'e9 br\\'fblant.\\par
            \\pard Second   paragraphe.\\par
            }
            """);
    assertEquals("rtf", reader.format(file));
    assertEquals(
        List.of(paragraph("Premier paragraphe, été brûlant."), paragraph("Second paragraphe.")),
        read(reader, file));
  }

  @Test
  void odt() throws IOException {
    String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    String text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    Path file =
        zip(
            dir.resolve("rapport.odt"),
            "application/vnd.oasis.opendocument.text",
            "META-INF/manifest.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
             <manifest:file-entry manifest:full-path="/"
               manifest:media-type="application/vnd.oasis.opendocument.text"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """,
            "meta.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-meta xmlns:office="%s" xmlns:dc="http://purl.org/dc/elements/1.1/"
              office:version="1.2"><office:meta><dc:title>Cachalot</dc:title>
              <dc:creator>Zébulon</dc:creator></office:meta></office:document-meta>
            """
                .formatted(office),
            "styles.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-styles xmlns:office="%s" xmlns:text="%s"
              xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2">
             <office:master-styles><style:master-page style:name="Standard">
              <style:header><text:p>Cachalot en-tête</text:p></style:header>
             </style:master-page></office:master-styles></office:document-styles>
            """
                .formatted(office, text),
            "content.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="%s" xmlns:text="%s" office:version="1.2">
             <office:body><office:text>
              <text:h text:style-name="Heading_20_1" text:outline-level="1">Première partie</text:h>
              <text:p text:style-name="Standard">Le premier <text:span>paragraphe</text:span>.</text:p>
              <text:h text:outline-level="2">Un chapitre</text:h>
              <text:p>Le second<text:s/>paragraphe.</text:p>
              <text:list><text:list-item><text:p>Un point.</text:p></text:list-item></text:list>
             </office:text></office:body></office:document-content>
            """
                .formatted(office, text));
    Files.copy(
        file, Path.of("/tmp/scratch.odt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals("odt", reader.format(file));
    assertEquals(
        List.of(
            heading("Première partie"),
            paragraph("Le premier paragraphe."),
            heading("Un chapitre"),
            paragraph("Le second paragraphe."),
            paragraph("Un point.")),
        read(reader, file));
  }

  @Test
  void epub() throws IOException {
    Path file =
        zip(
            dir.resolve("roman.epub"),
            "application/epub+zip",
            "META-INF/container.xml",
            """
            <?xml version="1.0"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
             <rootfiles><rootfile full-path="OEBPS/content.opf"
               media-type="application/oebps-package+xml"/></rootfiles></container>
            """,
            "OEBPS/content.opf",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
             <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title>Cachalot</dc:title><dc:creator>Zébulon</dc:creator>
              <dc:identifier id="id">urn:uuid:1</dc:identifier><dc:language>fr</dc:language>
             </metadata>
             <manifest>
              <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
              <item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>
              <item id="c2" href="c2.xhtml" media-type="application/xhtml+xml"/>
             </manifest>
             <spine toc="ncx"><itemref idref="c1"/><itemref idref="c2"/></spine>
            </package>
            """,
            "OEBPS/toc.ncx",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
             <docTitle><text>Cachalot</text></docTitle>
             <navMap><navPoint id="n1" playOrder="1"><navLabel><text>Chapitre premier</text></navLabel>
              <content src="c1.xhtml"/></navPoint></navMap></ncx>
            """,
            "OEBPS/c1.xhtml",
            chapter("Chapitre premier", "Il était une fois.", "Une autre phrase."),
            "OEBPS/c2.xhtml",
            chapter("Chapitre second", "La suite de l’histoire."));
    assertEquals("epub", reader.format(file));
    assertEquals(
        List.of(
            heading("Chapitre premier"),
            paragraph("Il était une fois."),
            paragraph("Une autre phrase."),
            heading("Chapitre second"),
            paragraph("La suite de l’histoire.")),
        read(reader, file));
  }

  private static String chapter(String title, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String paragraph : paragraphs) {
      body.append("<p>").append(paragraph).append("</p>\n");
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Cachalot</title></head>
        <body><h1>%s</h1>
        %s</body></html>
        """
        .formatted(title, body);
  }

  @Test
  void docx() throws IOException {
    Path file = dir.resolve("memoire.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      XWPFStyles styles = doc.createStyles();
      styles.addStyle(headingStyle("Heading1", "heading 1", 0));
      styles.addStyle(headingStyle("Heading2", "heading 2", 1));
      doc.getProperties().getCoreProperties().setTitle("Cachalot");
      doc.getProperties().getCoreProperties().setCreator("Zébulon");
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Cachalot");
      add(doc, "Heading1", "Introduction");
      add(doc, null, "Le premier   paragraphe, en ");
      doc.getParagraphs().get(1).createRun().setText("deux morceaux.");
      add(doc, "Heading2", "Méthode");
      add(doc, null, "Le second paragraphe.");
      doc.write(out);
    }
    assertEquals("docx", reader.format(file));
    assertEquals(
        List.of(
            heading("Introduction"),
            paragraph("Le premier paragraphe, en deux morceaux."),
            heading("Méthode"),
            paragraph("Le second paragraphe.")),
        read(reader, file));
  }

  private static XWPFStyle headingStyle(String id, String name, int level) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.addNewName().setVal(name);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    return new XWPFStyle(style);
  }

  private static void add(XWPFDocument doc, String style, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    paragraph.createRun().setText(text);
  }

  @Test
  void pdf() throws IOException {
    PDDocument pdf = new PDDocument();
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle("Cachalot");
    info.setAuthor("Zébulon");
    pdf.setDocumentInformation(info);
    Fixtures.pdfPage(
        pdf,
        "Le premier paragraphe tient sur deux lignes, et la",
        "guerre y est, comme la contre-",
        "offensive, coupée en fin de ligne.",
        null,
        null,
        "Un second paragraphe, été comme hiver.");
    Fixtures.pdfPage(pdf, "La page deux a son paragraphe.");
    Path file = Fixtures.save(pdf, dir.resolve("rapport.pdf"));
    assertEquals("pdf", reader.format(file));
    assertEquals(
        List.of(
            onPage(
                1,
                "Le premier paragraphe tient sur deux lignes, et la guerre y est, comme la"
                    + " contre-offensive, coupée en fin de ligne."),
            onPage(1, "Un second paragraphe, été comme hiver."),
            onPage(2, "La page deux a son paragraphe.")),
        read(reader, file));
  }

  @Test
  void pdfInColumns() throws IOException {
    PDDocument pdf = new PDDocument();
    PDPage page = new PDPage();
    pdf.addPage(page);
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    String[][] columns = {
      {"La colonne de gauche commence", "et continue sur sa ligne deux", "puis finit ici."},
      {"La colonne de droite commence", "et continue sur sa ligne deux", "puis finit là."}
    };
    try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
      for (int column = 0; column < 2; column++) {
        float y = 700;
        for (String line : columns[column]) {
          content.beginText();
          content.setFont(font, 11);
          content.newLineAtOffset(60 + column * 260, y);
          content.showText(line);
          content.endText();
          y -= 14;
        }
      }
    }
    Path file = Fixtures.save(pdf, dir.resolve("colonnes.pdf"));
    assertEquals(
        List.of(
            onPage(
                1, "La colonne de gauche commence et continue sur sa ligne deux puis finit ici."),
            onPage(
                1, "La colonne de droite commence et continue sur sa ligne deux puis finit là.")),
        read(reader, file));
  }
}
