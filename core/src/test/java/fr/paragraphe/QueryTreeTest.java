package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.QueryTree.AllParagraphs;
import fr.paragraphe.QueryTree.Bool;
import fr.paragraphe.QueryTree.Phrase;
import fr.paragraphe.QueryTree.Prefix;
import fr.paragraphe.QueryTree.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine-neutral form of parsed queries: the analysed terms the embedded index would search. */
class QueryTreeTest {

  @Test
  void anExactPhraseIsItsTermsInOrderWithPairsOfCommonWords() {
    assertEquals(new Phrase(List.of("rive", "gauch", "du", "tigr"), 0), QueryTree.parse("\"rive gauche du Tigre\""));
    assertEquals(
        new Phrase(List.of("soutenu_de", "de_la", "la_coal"), 0), QueryTree.parse("\"soutenus de la coalition\""));
  }

  @Test
  void aSloppyPhraseKeepsEveryWordAndItsSlop() {
    assertEquals(new Phrase(List.of("soutenu", "de", "la", "coal"), 2), QueryTree.parse("\"soutenus de la coalition\"~2"));
  }

  @Test
  void bareWordsAreRequiredTermsWithoutStopWords() {
    assertEquals(
        new Bool(List.of(new Word("rive"), new Word("gauch"), new Word("tigr")), List.of(), List.of()),
        QueryTree.parse("rive gauche du Tigre"));
  }

  @Test
  void operatorsBecomeBooleanClauses() {
    assertEquals(
        new Bool(List.of(), List.of(new Word("mosoul"), new Word("irak")), List.of()), QueryTree.parse("Mossoul OR Irak"));
    assertEquals(
        new Bool(List.of(new AllParagraphs()), List.of(), List.of(new Word("irak"))), QueryTree.parse("NOT Irak"));
    assertEquals(
        new Bool(List.of(new Word("tigr")), List.of(), List.of(new Word("euphrat"))), QueryTree.parse("Tigre -Euphrate"));
  }

  @Test
  void aPrefixStartsAsTypedOrWithDoubledLettersCollapsed() {
    assertEquals(new Prefix(List.of("mossou", "mosou")), QueryTree.parse("Mossou*"));
    assertEquals(new Prefix(List.of("eta")), QueryTree.parse("Éta*"));
  }

  @Test
  void aLiteralPhraseIgnoresTheSyntax() {
    assertEquals(new Phrase(List.of("rive", "gauch"), 0), QueryTree.parsePhrase("rive (gauche"));
  }

  @Test
  void errorsAreThoseOfTheEmbeddedSearch() {
    QuerySyntaxException error = assertThrows(QuerySyntaxException.class, () -> QueryTree.parse("rive (gauche"));
    assertEquals(6, error.column());
    String manyWords = "mot ".repeat(1100);
    assertThrows(QuerySyntaxException.class, () -> QueryTree.parse(manyWords.replace("mot", "mot OR mot").substring(0, 3999)));
  }

  @Test
  void countsClausesAsLuceneDoes() {
    assertEquals(4, QueryTree.parse("\"rive gauche du Tigre\"").clauses());
    assertTrue(QueryTree.parse("a* OR b* OR Tigre").clauses() == 3);
  }
}
