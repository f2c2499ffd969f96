package fr.paragraphe.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

  @Test
  void oneParagraphPerLineWhenNoBlankLineSeparatesText() {
    List<Paragraph> paragraphs =
        ParagraphSplitter.split("Première ligne.\nDeuxième ligne.\n\n\n", ParagraphMode.AUTO);
    assertEquals(
        List.of(
            new Paragraph(1, 1, null, "Première ligne.", false),
            new Paragraph(2, 2, null, "Deuxième ligne.", false)),
        paragraphs);
  }

  @Test
  void blankLinesSeparateParagraphsAndTheirLinesAreJoined() {
    String text = "\nIl était une fois\nune rive gauche.\n\n  Puis le Tigre  \ncoula.\n";
    assertEquals(
        List.of(
            new Paragraph(1, 2, null, "Il était une fois une rive gauche.", false),
            new Paragraph(2, 5, null, "Puis le Tigre coula.", false)),
        ParagraphSplitter.split(text, ParagraphMode.AUTO));
  }

  @Test
  void aWordBrokenByAHyphenAtTheEndOfALineIsJoinedWithoutSpace() {
    List<Paragraph> paragraphs =
        ParagraphSplitter.split(
            "une contre-\noffensive et un Franco-\nAllemand\n\nfin", ParagraphMode.AUTO);
    assertEquals("une contre-offensive et un Franco- Allemand", paragraphs.get(0).text());
  }

  @Test
  void theModeCanBeForced() {
    String text = "a b\nc d\n\ne f";
    assertEquals(3, ParagraphSplitter.split(text, ParagraphMode.LINES).size());
    assertEquals(2, ParagraphSplitter.split(text, ParagraphMode.BLANK_LINES).size());
    assertEquals(
        List.of("a b c d e f"),
        ParagraphSplitter.split("a b\nc d\ne f", ParagraphMode.BLANK_LINES).stream()
            .map(Paragraph::text)
            .toList());
  }

  @Test
  void headingsAreParagraphsAndTheSectionOfWhatFollows() {
    String text =
        "Avant tout titre.\nCONTRE-OFFENSIVE EN PRÉPARATION\nMossoul est une ville.\nL'EI recule.\n";
    assertEquals(
        List.of(
            new Paragraph(1, 1, null, "Avant tout titre.", false),
            new Paragraph(
                2, 2, "CONTRE-OFFENSIVE EN PRÉPARATION", "CONTRE-OFFENSIVE EN PRÉPARATION", true),
            new Paragraph(3, 3, "CONTRE-OFFENSIVE EN PRÉPARATION", "Mossoul est une ville.", false),
            new Paragraph(4, 4, "CONTRE-OFFENSIVE EN PRÉPARATION", "L'EI recule.", false)),
        ParagraphSplitter.split(text, ParagraphMode.AUTO));
  }

  @Test
  void aHeadingRightAboveTextIsCutFromIt() {
    String text = "CHAPITRE PREMIER\nIl était une fois\nun roi.\n\nLa suite.";
    assertEquals(
        List.of(
            new Paragraph(1, 1, "CHAPITRE PREMIER", "CHAPITRE PREMIER", true),
            new Paragraph(2, 2, "CHAPITRE PREMIER", "Il était une fois un roi.", false),
            new Paragraph(3, 5, "CHAPITRE PREMIER", "La suite.", false)),
        ParagraphSplitter.split(text, ParagraphMode.AUTO));
  }

  @Test
  void markdownHeadingsNameTheirSectionWithoutHashes() {
    List<Paragraph> paragraphs =
        ParagraphSplitter.split("# Les Kurdes\n\nIls avancent.", ParagraphMode.AUTO);
    assertEquals(new Paragraph(1, 1, "Les Kurdes", "# Les Kurdes", true), paragraphs.get(0));
    assertEquals("Les Kurdes", paragraphs.get(1).section());
  }

  @Test
  void whatIsNotAHeading() {
    assertNull(ParagraphSplitter.headingOf("FIN."), "final punctuation");
    assertNull(ParagraphSplitter.headingOf("Mossoul"), "lower-case letters");
    assertNull(ParagraphSplitter.headingOf("2014"), "no letters");
    assertNull(
        ParagraphSplitter.headingOf("A".repeat(ParagraphSplitter.MAX_HEADING_LENGTH + 1)),
        "too long");
    assertEquals("II", ParagraphSplitter.headingOf("II"));
  }

  @Test
  void crAndCrlfLineEndsAreLineEnds() {
    assertEquals(3, ParagraphSplitter.split("un.\r\ndeux.\rtrois.", ParagraphMode.AUTO).size());
  }
}
