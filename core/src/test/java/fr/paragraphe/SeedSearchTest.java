package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Searches on the sample article, by exact paragraph numbers. Paragraphs 7-11 repeat 2-6 verbatim,
 * so by default each hit among 2-6 carries its twin as a duplicate: {@code 2(7)} below.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedSearchTest {
  private ParagraphIndex index;

  @BeforeAll
  void indexTheSeed() throws Exception {
    index = SeedIndex.inMemory();
  }

  @AfterAll
  void close() {
    index.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '"rive gauche du Tigre"'            | 2(7)
          '"État islamique"'                  | 1
          '"Etat islamique"'                  | 1
          '"armée américaine"'                | 1
          '"combattant kurde"'                | 2(7) 5(10)
          '"kurdes coalition"'                | -
          '"kurdes coalition"~3'              | 2(7)
          '"kurdes coalition"~2'              | -
          '"soutenus par la coalition"'       | 2(7)
          '"soutenus de la coalition"'        | -
          '"de la coalition"'                 | 3(8) 6(11)
          '"de la"'                           | 1 3(8) 6(11)
          '"la coalition"'                    | 2(7) 3(8) 6(11)
          '"a perdu"'                         | 1
          '"ont perdu"'                       | -
          '"repris du"'                       | 2(7)
          '"repris de"'                       | -
          '"contre-offensive"'                | 4(9) 5(10) 6(11)
          '"l’armée américaine"'              | 1
          « rive gauche du Tigre »            | 2(7)
          Mossoul Irak                        | 1
          mossoul AND irak                    | 1
          Petra OR Allen                      | 6(11)
          coalition -kurdes                   | 6(11)
          coalition NOT kurdes                | 6(11)
          (Petra OR Mossoul) AND Irak         | 1 6(11)
          Mossou*                             | 1 2(7) 5(10)
          ÉTA*                                | 1 2(7)
          conseil*                            | 3(8)
          EI                                  | 1 2(7) 5(10)
          Etats-Unis                          | 2(7)
          le Tigre                            | 2(7)
          """)
  void findsExactlyTheseParagraphs(String query, String expected) {
    assertEquals(expected, rendered(index.search(query, SearchOptions.DEFAULT)), query);
  }

  @Test
  void withoutCollapsingDuplicatesAreHitsOfTheirOwn() {
    SearchResult result =
        index.search(
            "\"rive gauche du Tigre\"", SearchOptions.DEFAULT.withCollapseDuplicates(false));
    assertEquals("2 7", rendered(result));
    assertEquals(2, result.total());
  }

  @Test
  void theTotalCountsEveryMatchingParagraphAndTheLimitCountsHits() {
    SearchResult result = index.search("coalition", SearchOptions.DEFAULT.withLimit(2));
    assertEquals(6, result.total());
    assertEquals(2, result.hits().size());
  }

  @Test
  void tiesComeInReadingOrderWithTheFirstAsTheHit() {
    Hit hit = index.search("\"rive gauche du Tigre\"", SearchOptions.DEFAULT).hits().get(0);
    assertEquals(2, hit.paragraph());
    assertEquals(List.of(new ParagraphRef(SeedIndex.NAME, 7)), hit.duplicates());
    assertEquals(SeedIndex.NAME, hit.source());
    assertEquals(null, hit.section());
  }

  @Test
  void hitsCarryTheirSection() {
    Hit hit = index.search("\"ville cruciale\"", SearchOptions.DEFAULT).hits().get(0);
    assertEquals(5, hit.paragraph());
    assertEquals("CONTRE-OFFENSIVE EN PRÉPARATION", hit.section());
  }

  @Test
  void aPhraseIsHighlightedAsOneSpan() {
    Hit hit = index.search("\"rive gauche du Tigre\"", SearchOptions.DEFAULT).hits().get(0);
    assertEquals(List.of("rive gauche du Tigre"), highlighted(hit));
  }

  @Test
  void highlightsShowTheWordsAsWrittenForEveryClause() {
    Hit hit = index.search("\"État islamique\" OR américaine", SearchOptions.DEFAULT).hits().get(0);
    assertEquals(List.of("Etat islamique", "américaine"), highlighted(hit));
    Hit prefixed = index.search("Mossou*", SearchOptions.DEFAULT).hits().get(0);
    assertTrue(
        highlighted(prefixed).stream().allMatch(word -> word.equals("Mossoul")),
        highlighted(prefixed)::toString);
  }

  @Test
  void theLiteralPhraseCallIgnoresTheSyntax() {
    assertEquals(
        "2(7)", rendered(index.searchPhrase("rive gauche du Tigre", SearchOptions.DEFAULT)));
    assertEquals("2(7)", rendered(index.searchPhrase("(CJTF-OIR", SearchOptions.DEFAULT)));
    assertEquals("-", rendered(index.searchPhrase("rive AND gauche", SearchOptions.DEFAULT)));
  }

  @ParameterizedTest(name = "{0} -> position {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '"rive gauche'          | 1  | never closed
          'Mossoul AND'           | 9  | nothing after it
          'OR Mossoul'            | 1  | nothing before it
          '(Mossoul OR Irak'      | 1  | never closed
          'Mossoul)'              | 8  | no ( before it
          'Moss*oul'              | 5  | only allowed at the end
          '"la rive"~x'           | 10 | takes a number
          'le la les'             | 1  | the query has only stop words (le, la, les): put it in quotes
          '?!'                    | 1  | the query has no words to search
          'C++'                   | 1  | the query has only stop words (C in C++)
          '« » ?'                 | 1  | no words
          '""'                    | 1  | no words
          '()'                    | 1  | empty
          '   '                   | 1  | empty
          """)
  void malformedQueriesNameTheProblemAndItsPosition(String query, int column, String problem) {
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> index.search(query, SearchOptions.DEFAULT));
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertEquals(query, e.query());
  }

  private static List<String> highlighted(Hit hit) {
    return hit.highlights().stream().map(s -> hit.text().substring(s.start(), s.end())).toList();
  }

  /**
   * Hits as {@code 2(7) 5(10)}, in paragraph order (scores order them, not the tests), {@code -}
   * for none.
   */
  static String rendered(SearchResult result) {
    Map<Integer, String> byParagraph = new TreeMap<>();
    for (Hit hit : result.hits()) {
      String duplicates =
          hit.duplicates().stream()
              .map(d -> String.valueOf(d.paragraph()))
              .collect(Collectors.joining(","));
      byParagraph.put(
          hit.paragraph(), hit.paragraph() + (duplicates.isEmpty() ? "" : "(" + duplicates + ")"));
    }
    return byParagraph.isEmpty() ? "-" : String.join(" ", byParagraph.values());
  }
}
