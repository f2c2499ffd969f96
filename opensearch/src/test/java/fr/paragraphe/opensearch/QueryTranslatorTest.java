package fr.paragraphe.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.query.ParsedQuery;
import fr.paragraphe.query.QueryNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DSL sent for each kind of query: the terms our chain made, never re-analysed by the cluster.
 */
class QueryTranslatorTest {

  @Test
  void aPhraseIsItsAnalysedTermsThroughTheWhitespaceAnalyzer() {
    assertEquals(
        "{\"match_phrase\":{\"text\":{\"query\":\"soutenu_de de_la la_coal\",\"analyzer\":\"paragraphe_terms\",\"slop\":0}}}",
        QueryTranslator.translate(root("\"soutenus de la coalition\"")).toString());
  }

  @Test
  void wordsAndOperatorsBecomeTermsInBooleanClauses() {
    assertEquals(
        "{\"bool\":{\"must\":[{\"term\":{\"text\":\"tigr\"}}],\"should\":[],\"must_not\":[{\"term\":{\"text\":\"euphrat\"}}]}}",
        QueryTranslator.translate(root("Tigre -Euphrate")).toString());
  }

  @Test
  void aPrefixIsARegexpThatLeavesPairsOut() {
    assertEquals(
        "(mossou|mosou)[^_]*", QueryTranslator.regexp(List.of("mossou", "mosou"), List.of()));
    // Regexp operators typed in a prefix are literal; letters stay bare, since \d or \w would be
    // classes.
    assertEquals("(a\\.b\\&c\\~d)[^_]*", QueryTranslator.regexp(List.of("a.b&c~d"), List.of()));
  }

  @Test
  void aPrefixAlsoMatchesTheStemsCutShorterThanIt() {
    assertEquals("(ab)[^_]*|a|x\\.y", QueryTranslator.regexp(List.of("ab"), List.of("a", "x.y")));
  }

  @Test
  void aOneWordPhraseIsATerm() {
    assertEquals(
        "{\"term\":{\"text\":\"de_la\"}}", QueryTranslator.translate(root("\"de la\"")).toString());
  }

  @Test
  void knowsWhenAQueryHoldsAPhrase() {
    assertTrue(QueryTranslator.hasPhrase(root("Irak OR \"rive gauche\"")));
    assertFalse(QueryTranslator.hasPhrase(root("rive gauche")));
    assertFalse(QueryTranslator.hasPhrase(root("-\"rive gauche\" Irak")));
  }

  private static QueryNode root(String query) {
    return ParsedQuery.parse(query).root();
  }
}
