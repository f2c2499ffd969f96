package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Exactness#FORM} keeps the matches in the form typed up to case and apostrophes, {@link
 * Exactness#CASE} in the case typed too; the total counts only the paragraphs kept.
 */
class ExactnessTest {
  private static final String TEXT =
      String.join(
          "\n",
          "L'Armée avance.",
          "l’armée recule.",
          "Les armées passent.",
          "L'État décide.",
          "l'état du ciel.",
          "Sur la côte, la cotte de mailles.",
          "la cotte seule.",
          "Une armée, une armée.",
          "Le gouvernement gouverne.");

  private static ParagraphIndex index() {
    ParagraphIndex index = ParagraphIndex.inMemory();
    index.add(List.of(Source.text("t.txt", TEXT)));
    return index;
  }

  private static List<Integer> paragraphs(String query, Exactness exactness) {
    try (ParagraphIndex index = index()) {
      SearchResult result =
          index.search(
              query,
              SearchOptions.DEFAULT
                  .withLimit(100)
                  .withCollapseDuplicates(false)
                  .withExactness(exactness));
      assertEquals(result.hits().size(), result.total(), query);
      return result.hits().stream().map(Hit::paragraph).sorted().toList();
    }
  }

  private static List<String> matches(String query, Exactness exactness) {
    try (ParagraphIndex index = index();
        Stream<Occurrence> found =
            index.concordance(query, ConcordanceOptions.DEFAULT.withExactness(exactness))) {
      return found.map(Occurrence::match).toList();
    }
  }

  @Test
  void wordsFindEveryForm() {
    assertEquals(List.of(1, 2, 3, 8), paragraphs("\"l'armée\"", Exactness.WORDS));
  }

  @Test
  void formIgnoresCaseAndApostrophesButNotPlurals() {
    assertEquals(List.of(1, 2), paragraphs("\"l'armée\"", Exactness.FORM));
    assertEquals(List.of("L'Armée", "l’armée"), matches("\"l'armée\"", Exactness.FORM));
  }

  @Test
  void formKeepsAccents() {
    assertEquals(List.of(6), paragraphs("\"la côte\"", Exactness.FORM));
    assertEquals(List.of(6, 7), paragraphs("\"la côte\"", Exactness.WORDS));
    assertEquals(List.of("la cotte", "la cotte"), matches("\"la cotte\"", Exactness.FORM));
  }

  @Test
  void caseKeepsCase() {
    assertEquals(List.of(4, 5), paragraphs("\"État\"", Exactness.FORM));
    assertEquals(List.of(4), paragraphs("\"État\"", Exactness.CASE));
    assertEquals(List.of(2), paragraphs("\"l'armée\"", Exactness.CASE));
  }

  @Test
  void aWordTypedWithoutArticleMatchesAfterAnElidedOne() {
    assertEquals(List.of(1, 2, 8), paragraphs("armée", Exactness.FORM));
    assertEquals(List.of("L'Armée", "l’armée", "armée", "armée"), matches("armée", Exactness.FORM));
  }

  @Test
  void aPrefixMustStartTheWordAsTyped() {
    assertEquals(List.of(9), paragraphs("gouvernem*", Exactness.FORM));
    assertEquals(List.of(), paragraphs("Gouvernem*", Exactness.CASE));
    assertEquals(List.of("armées"), matches("armées*", Exactness.FORM));
  }

  @Test
  void aSloppyPhraseMustHoldEveryTypedWord() {
    assertEquals(List.of(6), paragraphs("\"côte cotte\"~3", Exactness.FORM));
    assertEquals(List.of(), paragraphs("\"cote cotte\"~3", Exactness.FORM));
  }

  @Test
  void booleanQueriesKeepParagraphsWithAMatchInTheFormTyped() {
    assertEquals(List.of(2, 4), paragraphs("\"l'armée\" OR État", Exactness.CASE));
  }
}
