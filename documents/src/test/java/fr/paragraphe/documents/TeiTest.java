package fr.paragraphe.documents;

import static fr.paragraphe.documents.Fixtures.heading;
import static fr.paragraphe.documents.Fixtures.paragraph;
import static fr.paragraphe.documents.Fixtures.read;
import static fr.paragraphe.documents.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.paragraphe.spi.DocumentReader;
import fr.paragraphe.spi.UnreadableDocumentException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TEI read by its own elements, as an ELTeC novel or a Gallica edition writes them. */
class TeiTest {
  private final DocumentReader reader = Documents.reader();

  @TempDir Path dir;

  static final String NOVEL =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <?xml-model href="https://distantreading.github.io/Schema/eltec-1.rng"?>
      <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="fr">
       <teiHeader>
        <fileDesc><titleStmt><title>Cachalot : roman</title><author>Zébulon</author></titleStmt>
         <publicationStmt><p>Publié par un catalogue.</p></publicationStmt>
         <sourceDesc><bibl>Paris, 1880</bibl></sourceDesc></fileDesc>
       </teiHeader>
       <text>
        <front><titlePage><docTitle><titlePart>LE ROMAN</titlePart></docTitle>
          <byline>par un auteur</byline></titlePage></front>
        <body>
         <div type="chapter">
          <head>Chapitre premier</head>
          <pb n="12"/>
          <p>Il entra dans la <hi rend="italic">salle</hi>,
             et dit<note place="foot">Une note de bas de page.</note> bonjour à tous.</p>
          <fw type="header">LE ROMAN</fw>
          <p>Un mot cou<lb break="no"/>pé, une ligne<lb/>brisée, et une
             <choice><sic>erreur</sic><corr>correction</corr></choice>.</p>
          <lg type="stanza">
           <l>Heureux qui, comme Ulysse,</l>
           <l>a fait un beau voyage,</l>
          </lg>
          <lg type="poem"><lg type="stanza"><l>Premier vers</l><l>second vers</l></lg>
           <lg type="stanza"><l>Troisième vers<note>Note du vers.</note></l></lg></lg>
          <figure><figDesc>Une gravure</figDesc><head>Une légende</head></figure>
          <quote><p>Une citation en bloc.</p></quote>
          <p>Il cita <quote>quelques mots</quote> en passant.</p>
         </div>
         <div type="chapter"><head>Chapitre <num>II</num></head>
          <sp><speaker>ALCESTE</speaker><l>Moi, je veux</l><l>qu’on soit sincère.</l></sp>
          <stage>Il sort.</stage>
          <note>Une note entre deux paragraphes.</note>
          <p>La fin.</p>
         </div>
        </body>
       </text>
      </TEI>
      """;

  @Test
  void novel() throws IOException {
    Path file = write(dir.resolve("roman.xml"), NOVEL);
    assertEquals("tei", reader.format(file));
    assertEquals(
        List.of(
            paragraph("LE ROMAN"),
            paragraph("par un auteur"),
            heading("Chapitre premier"),
            paragraph("Il entra dans la salle, et dit bonjour à tous."),
            paragraph("Une note de bas de page."),
            paragraph("Un mot coupé, une ligne brisée, et une correction."),
            paragraph("Heureux qui, comme Ulysse, / a fait un beau voyage,"),
            paragraph("Premier vers / second vers"),
            paragraph("Troisième vers"),
            paragraph("Note du vers."),
            heading("Une légende"),
            paragraph("Une citation en bloc."),
            paragraph("Il cita quelques mots en passant."),
            heading("Chapitre II"),
            paragraph("ALCESTE"),
            paragraph("Moi, je veux / qu’on soit sincère."),
            paragraph("Il sort."),
            paragraph("Une note entre deux paragraphes."),
            paragraph("La fin.")),
        read(reader, file));
  }

  @Test
  void p4AndCorporaAreTeiToo() throws IOException {
    Path p4 =
        write(
            dir.resolve("p4.xml"),
            "<!DOCTYPE TEI.2 SYSTEM \"tei2.dtd\"><TEI.2><text><body><p>Ancien.</p></body></text>"
                + "</TEI.2>");
    Path corpus =
        write(
            dir.resolve("corpus.xml"),
            """
            <teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><p>Cachalot</p></teiHeader>
            <TEI><teiHeader><p>Zébulon</p></teiHeader><text><body><p>Un.</p></body></text></TEI>
            <TEI><text><body><p>Deux.</p></body></text></TEI></teiCorpus>
            """);
    assertEquals("tei", reader.format(p4));
    assertEquals(List.of(paragraph("Ancien.")), read(reader, p4));
    assertEquals("tei", reader.format(corpus));
    assertEquals(List.of(paragraph("Un."), paragraph("Deux.")), read(reader, corpus));
  }

  @Test
  void otherXmlIsRefused() throws IOException {
    Path file =
        write(dir.resolve("pom.xml"), "<project><name>Cachalot</name><p>Zébulon</p></project>");
    assertEquals("xml", reader.format(file));
    UnreadableDocumentException e =
        assertThrows(UnreadableDocumentException.class, () -> reader.read(file));
    assertEquals("XML but not TEI (of XML files, paragraphe reads TEI only)", e.getMessage());
  }

  @Test
  void notWellFormed() throws IOException {
    Path file =
        write(
            dir.resolve("abime.xml"),
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body><p>Un.</p>\n<p>Deux.</body>");
    assertEquals("tei", reader.format(file));
    UnreadableDocumentException e =
        assertThrows(UnreadableDocumentException.class, () -> read(reader, file));
    assertEquals(
        "not well-formed XML (line 3): The element type \"p\" must be terminated by the matching"
            + " end-tag \"</p>\".",
        e.getMessage());
  }

  @Test
  void dtdEntitiesAreNotRead() throws IOException {
    Path file =
        write(
            dir.resolve("entites.xml"),
            """
            <!DOCTYPE TEI [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Un &secret; mot.</p></body>
            </text></TEI>
            """);
    assertEquals("tei", reader.format(file));
    assertThrows(UnreadableDocumentException.class, () -> read(reader, file));
  }

  @Test
  void otherFilesAreNotDocuments() {
    assertNull(reader.format(dir.resolve("notes.txt")));
    assertNull(reader.format(dir.resolve("sans-extension")));
    assertEquals("pdf", reader.format(dir.resolve("RAPPORT.PDF")));
  }
}
