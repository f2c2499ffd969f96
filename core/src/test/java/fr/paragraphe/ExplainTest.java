package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query as searched, and why each hit matched, on the sample article. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplainTest {
  private static final SearchOptions EXPLAIN = SearchOptions.DEFAULT.withExplain(true);

  private ParagraphIndex index;

  @BeforeAll
  void indexTheSeed() throws Exception {
    index = SeedIndex.inMemory();
  }

  @AfterAll
  void close() {
    index.close();
  }

  /**
   * Stems, pairs of common words in exact phrases, and the stop words left out of bare words,
   * named.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '"rive gauche du Tigre"'     | '"rive gauch du tigr"'
          rive gauche du Tigre         | '+rive +gauch +tigr  (stop words ignored: du)'
          le Tigre                     | 'tigr  (stop words ignored: le)'
          '"soutenus de la coalition"' | '"soutenu_de de_la la_coal"'
          '"kurdes coalition"~3'       | '"kurd coal"~3'
          Mossou*                      | mossou*
          Etats-Unis                   | '"etat uni"'
          coalition NOT kurdes         | +coal -kurd
          """)
  void theParsedQueryShowsTheTermsSearched(String query, String parsed) {
    assertEquals(parsed, index.search(query, SearchOptions.DEFAULT).parsedQuery());
  }

  @Test
  void aLiteralPhraseIsShownAsSearched() {
    assertEquals(
        "\"de_la la_coal\"",
        index.searchPhrase("de la coalition", SearchOptions.DEFAULT).parsedQuery());
  }

  @Test
  void hitsAreExplainedOnlyWhenAsked() {
    assertNull(index.search("Tigre", SearchOptions.DEFAULT).hits().get(0).explanation());
    assertTrue(
        index.search("Tigre", EXPLAIN).hits().stream().allMatch(hit -> hit.explanation() != null));
  }

  @Test
  void aWordIsExplainedLineByLineWithThreeDecimals() {
    Hit hit = index.search("le Tigre", EXPLAIN).hits().get(0);
    assertEquals(
        """
        0.709 weight(text:tigr) [BM25Similarity], result of:
          0.709 score(freq=1.0), computed as boost * idf * tf from:
            1.569 idf, computed as log(1 + (N - n + 0.5) / (n + 0.5)) from:
              2 n, number of documents containing term
              11 N, total number of documents with field
            0.452 tf, computed as freq / (freq + k1 * (1 - b + b * dl / avgdl)) from:
              1.000 freq, occurrences of term within document
              1.200 k1, term saturation parameter
              0.750 b, length normalization parameter
              50.000 dl, length of field (approximate)
              49.273 avgdl, average length of field""",
        hit.explanation());
  }

  @Test
  void theExplanationGivesTheScoreOfTheHit() {
    for (String query :
        new String[] {"\"rive gauche du Tigre\"", "coalition OR Petra", "Mossou*"}) {
      for (Hit hit : index.search(query, EXPLAIN).hits()) {
        String score = String.format(Locale.ROOT, "%.3f ", hit.score());
        assertTrue(hit.explanation().startsWith(score), query + ": " + hit.explanation());
      }
    }
  }

  @Test
  void aPhraseIsExplainedAsOnePhrase() {
    Hit hit = index.search("\"rive gauche du Tigre\"", EXPLAIN).hits().get(0);
    assertEquals(
        "2.835 weight(text:\"rive gauch du tigr\") [BM25Similarity], result of:",
        hit.explanation().lines().findFirst().orElseThrow());
    assertTrue(hit.explanation().contains("\n      1.000 phraseFreq=1.0\n"), hit.explanation());
  }
}
