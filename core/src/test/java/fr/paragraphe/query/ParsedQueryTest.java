package fr.paragraphe.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.paragraphe.QuerySyntaxException;
import fr.paragraphe.query.ParsedQuery.StopWord;
import fr.paragraphe.query.QueryNode.AllParagraphs;
import fr.paragraphe.query.QueryNode.Bool;
import fr.paragraphe.query.QueryNode.Clause;
import fr.paragraphe.query.QueryNode.Occur;
import fr.paragraphe.query.QueryNode.Phrase;
import fr.paragraphe.query.QueryNode.Prefix;
import fr.paragraphe.query.QueryNode.Word;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The query model: analysed terms, stop words and spans, whatever engine runs it. */
class ParsedQueryTest {

  @Test
  void anExactPhraseIsItsTermsInPlaceWithPairsOfCommonWords() {
    assertEquals(
        new Phrase(List.of("rive", "gauch", "du", "tigr"), List.of(0, 1, 2, 3), 0, 0, 22),
        ParsedQuery.parse("\"rive gauche du Tigre\"").root());
    assertEquals(
        new Phrase(List.of("soutenu_de", "de_la", "la_coal"), List.of(0, 1, 2), 0, 2, 28),
        ParsedQuery.parse("  «soutenus de la coalition»").root());
  }

  @Test
  void aSloppyPhraseKeepsEveryWordAndItsSlop() {
    assertEquals(
        new Phrase(List.of("soutenu", "de", "la", "coal"), List.of(0, 1, 2, 3), 2, 0, 28),
        ParsedQuery.parse("\"soutenus de la coalition\"~2").root());
  }

  @Test
  void bareWordsAreRequiredTermsAndTheStopWordsAmongThemAreNamed() {
    ParsedQuery query = ParsedQuery.parse("rive gauche du Tigre");
    assertEquals(
        new Bool(
            List.of(
                new Clause(Occur.MUST, new Word("rive", 0, 4)),
                new Clause(Occur.MUST, new Word("gauch", 5, 11)),
                new Clause(Occur.MUST, new Word("tigr", 15, 20))),
            0,
            20),
        query.root());
    assertEquals(List.of(new StopWord("du", "du", 12, 14)), query.ignoredStopWords());
  }

  @Test
  void aWordTheAnalysisCutsIsAPhrase() {
    assertEquals(
        new Phrase(List.of("etat", "uni"), List.of(0, 1), 0, 0, 10),
        ParsedQuery.parse("Etats-Unis").root());
  }

  @Test
  void operatorsBecomeClausesInTheOrderTyped() {
    assertEquals(
        new Bool(
            List.of(
                new Clause(Occur.SHOULD, new Word("mosoul", 0, 7)),
                new Clause(Occur.SHOULD, new Word("irak", 11, 15))),
            0,
            15),
        ParsedQuery.parse("Mossoul OR Irak").root());
    assertEquals(
        new Bool(
            List.of(
                new Clause(Occur.MUST_NOT, new Word("irak", 4, 8)),
                new Clause(Occur.MUST, new AllParagraphs(0, 8))),
            0,
            8),
        ParsedQuery.parse("NOT Irak").root());
    assertEquals(
        new Bool(
            List.of(
                new Clause(Occur.MUST_NOT, new Word("euphrat", 1, 9)),
                new Clause(Occur.MUST, new Word("tigr", 10, 15))),
            0,
            15),
        ParsedQuery.parse("-Euphrate Tigre").root());
  }

  @Test
  void aPrefixStartsAsTypedOrWithDoubledLettersCollapsed() {
    Prefix mossoul = (Prefix) ParsedQuery.parse("Mossou*").root();
    assertEquals(List.of("mossou", "mosou"), mossoul.starts());
    assertEquals("mossou", mossoul.prefix());
    assertEquals(List.of(0, 7), List.of(mossoul.start(), mossoul.end()));
    assertEquals(List.of("eta"), ((Prefix) ParsedQuery.parse("Éta*").root()).starts());
  }

  @Test
  void aLiteralPhraseIgnoresTheSyntax() {
    assertEquals(
        new Phrase(List.of("rive", "gauch"), List.of(0, 1), 0, 0, 12),
        ParsedQuery.parsePhrase("rive (gauche").root());
  }

  @Test
  void syntaxErrorsPointAtTheirCause() {
    assertEquals(
        6,
        assertThrows(QuerySyntaxException.class, () -> ParsedQuery.parse("rive (gauche")).column());
    assertEquals(0, assertThrows(QuerySyntaxException.class, () -> ParsedQuery.parse("")).column());
    assertEquals(
        0, assertThrows(QuerySyntaxException.class, () -> ParsedQuery.parsePhrase("")).column());
  }

  @Test
  void theWordLimitCountsClausesAsLuceneDoes() {
    // 1,200 different words in 3,564 characters, each a clause (stop words among them aside); a
    // phrase is one
    // clause whatever its length, as Lucene counts.
    String words =
        IntStream.range(0, 1_200)
            .mapToObj(i -> Integer.toString(i, 36))
            .collect(Collectors.joining(" "));
    for (String query : List.of(words, "(" + words + ")")) {
      QuerySyntaxException e =
          assertThrows(QuerySyntaxException.class, () -> ParsedQuery.parse(query));
      assertEquals("the query has more than 1,024 words: search with fewer", e.getMessage());
    }
    assertEquals(1_200, ((Phrase) ParsedQuery.parsePhrase(words).root()).terms().size());
    assertEquals(1_200, ((Phrase) ParsedQuery.parse("\"" + words + "\"~1").root()).terms().size());
  }
}
