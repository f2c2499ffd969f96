package fr.paragraphe.cli;

import static fr.paragraphe.documents.Fixtures.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.jr.ob.JSON;
import fr.paragraphe.cli.CliProcess.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A folder mixing every document format with text files, indexed in one run as a real process: a
 * phrase from each document finds its paragraph, with its section (and page), and no markup,
 * metadata or TEI header is findable.
 */
class DocumentsIT {
  @TempDir Path work;
  private Path folder;

  @BeforeEach
  void writeTheFolder() throws IOException {
    folder = Files.createDirectories(work.resolve("dossier"));
    Files.writeString(folder.resolve("notes.txt"), "Le Tigre coule vers le sud.\n");
    Files.writeString(
        folder.resolve("article.html"),
        """
        <html><head><title>Titre caché</title><meta name="author" content="Auteurmystère"></head>
        <body><h1>La ville</h1><p class="intro">Mossoul est sur la rive droite.</p>
        <script>var cachalot = 1;</script></body></html>
        """);
    Files.writeString(
        folder.resolve("roman.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
         <teiHeader><fileDesc><titleStmt><title>Entête invisible</title></titleStmt>
          <publicationStmt><p>Éditeur fantôme</p></publicationStmt>
          <sourceDesc><p>Source</p></sourceDesc></fileDesc></teiHeader>
         <text><body><div><head>Chapitre premier</head>
          <p>Il était une fois une gabare sur le fleuve.</p>
          <lg><l>Sous le pont Mirabeau</l><l>coule la Seine</l></lg>
         </div></body></text></TEI>
        """);
    Files.writeString(
        folder.resolve("lettre.rtf"),
        "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0 Ch\\'e8re amie, le courrier est arriv\\'e9.\\par}");
    writeDocx(folder.resolve("memoire.docx"));
    zip(
        folder.resolve("compte-rendu.odt"),
        "application/vnd.oasis.opendocument.text",
        "content.xml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
          xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
         <office:body><office:text>
          <text:h text:outline-level="1">Séance du lundi</text:h>
          <text:p text:style-name="Standard">Le conseil municipal a voté le budget.</text:p>
         </office:text></office:body></office:document-content>
        """);
    zip(
        folder.resolve("conte.epub"),
        "application/epub+zip",
        "META-INF/container.xml",
        """
        <?xml version="1.0"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
         <rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>
         </rootfiles></container>
        """,
        "content.opf",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
         <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Titrefantôme</dc:title>
          <dc:identifier id="id">urn:uuid:1</dc:identifier><dc:language>fr</dc:language></metadata>
         <manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest>
         <spine><itemref idref="c1"/></spine>
        </package>
        """,
        "c1.xhtml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Titrefantôme</title></head>
        <body><h1>Le loup</h1><p>Le loup entra dans la bergerie.</p></body></html>
        """);
    writePdf(folder.resolve("rapport.pdf"), null);
    writePdf(folder.resolve("secret.pdf"), "motdepasse");
  }

  @Test
  void everyFormatIsIndexedByItsOwnStructure() throws Exception {
    Result indexed = CliProcess.run(work, "index", "dossier");
    assertEquals(
        new Result(
            0,
            "indexed 15 paragraphs from 8 sources into .paragraphe; skipped 1 file\n",
            "index-cli: warning: dossier/secret.pdf: encrypted: a password is needed, skipped\n"),
        indexed);

    assertEquals("dossier/article.html:2 § La ville", found("\"sur la rive droite\""));
    assertEquals("dossier/roman.xml:2 § Chapitre premier", found("\"une gabare sur le fleuve\""));
    assertEquals(
        "dossier/roman.xml:3 § Chapitre premier", found("\"pont Mirabeau coule la Seine\""));
    assertEquals("dossier/lettre.rtf:1 § null", found("\"le courrier est arrivé\""));
    assertEquals("dossier/memoire.docx:2 § Introduction", found("\"premier paragraphe\""));
    assertEquals("dossier/compte-rendu.odt:2 § Séance du lundi", found("\"a voté le budget\""));
    assertEquals("dossier/rapport.pdf:2 p.2 § null", found("\"le pont de Mossoul\""));
    assertEquals("dossier/notes.txt:1 § null", found("\"coule vers le sud\""));
    assertEquals("dossier/conte.epub:2 § Le loup", found("\"entra dans la bergerie\""));

    for (String hidden :
        List.of(
            "caché",
            "Auteurmystère",
            "cachalot",
            "intro",
            "Entête",
            "fantôme",
            "Heading1",
            "Zébulon",
            "Helvetica",
            "motdepasse",
            "Standard",
            "Titrefantôme")) {
      assertEquals(1, CliProcess.run(work, "query", hidden).exitCode(), hidden + " is findable");
    }

    Result text = CliProcess.run(work, "query", "\"le pont de Mossoul\"");
    assertEquals(
        "dossier/rapport.pdf:2 p. 2",
        text.stdout().lines().findFirst().orElseThrow().split("  ")[0]);

    Result stats = CliProcess.run(work, "stats");
    assertEquals(
        "sources by format: docx 1, epub 1, html 1, odt 1, pdf 1, rtf 1, tei 1, text 1",
        stats.stdout().lines().skip(1).findFirst().orElseThrow());
  }

  /** {@code source:paragraph p.N § section} of the only hit, from --json. */
  @SuppressWarnings("unchecked")
  private String found(String query) throws Exception {
    Result result = CliProcess.run(work, "query", "--json", query);
    assertEquals(0, result.exitCode(), query + ": " + result.stderr());
    List<Map<String, Object>> hits =
        (List<Map<String, Object>>) JSON.std.mapFrom(result.stdout()).get("hits");
    assertEquals(1, hits.size(), query + ": " + hits);
    Map<String, Object> hit = hits.get(0);
    return hit.get("source")
        + ":"
        + hit.get("paragraph")
        + (hit.containsKey("page") ? " p." + hit.get("page") : "")
        + " § "
        + hit.get("section");
  }

  private static void writeDocx(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setStyleId("Heading1");
      style.addNewName().setVal("heading 1");
      style.setType(STStyleType.PARAGRAPH);
      style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
      doc.createStyles().addStyle(new XWPFStyle(style));
      doc.getProperties().getCoreProperties().setCreator("Zébulon");
      var heading = doc.createParagraph();
      heading.setStyle("Heading1");
      heading.createRun().setText("Introduction");
      doc.createParagraph().createRun().setText("Le premier paragraphe du mémoire.");
      doc.write(out);
    }
  }

  /** Two pages; the second says where the bridge is. Encrypted with {@code password} if given. */
  private static void writePdf(Path file, String password) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      page(pdf, "Rapport sur les fleuves.");
      page(pdf, "Le pont de Mossoul est fermé.");
      if (password != null) {
        pdf.protect(new StandardProtectionPolicy(password, password, new AccessPermission()));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        pdf.save(out);
      }
    }
  }

  private static void page(PDDocument pdf, String line) throws IOException {
    PDPage page = new PDPage();
    pdf.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      content.newLineAtOffset(72, 720);
      content.showText(line);
      content.endText();
    }
  }
}
