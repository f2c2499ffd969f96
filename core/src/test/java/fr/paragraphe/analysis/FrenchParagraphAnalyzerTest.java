package fr.paragraphe.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The chain token by token (term, position, offsets), on the cases where Lucene's FrenchAnalyzer
 * falls short.
 */
class FrenchParagraphAnalyzerTest {
  private final Analyzer index = new FrenchParagraphAnalyzer(Mode.INDEX);
  private final Analyzer exactPhrase = new FrenchParagraphAnalyzer(Mode.EXACT_PHRASE);
  private final Analyzer allWords = new FrenchParagraphAnalyzer(Mode.ALL_WORDS);
  private final Analyzer words = new FrenchParagraphAnalyzer(Mode.WORDS);

  @Test
  void keepsEveryWordWithItsPositionAndOffsets() {
    assertEquals(
        List.of("rive@0[0,4]", "gauch@1[5,11]", "du@2[12,14]", "tigr@3[15,20]"),
        Tokens.of(allWords, "rive gauche du Tigre"));
  }

  @Test
  void bareWordsDropStopWordsButKeepTheirPlace() {
    assertEquals(
        List.of("rive@0", "gauch@1", "tigr@3"), Tokens.positions(words, "rive gauche du Tigre"));
    assertEquals(List.of(), Tokens.positions(words, "le la les"));
  }

  @Test
  void elidesArticlesWhateverTheApostropheAndCase() {
    assertEquals(List.of("arme@0[0,7]", "arme@1[8,15]"), Tokens.of(allWords, "l'armée L’ARMÉE"));
    assertEquals(
        List.of("ete@0", "ete@1", "ete@2"),
        Tokens.positions(allWords, "L'Été l\u2018été l\u02BCété"));
    assertEquals(List.of("opopona@0"), Tokens.positions(allWords, "L'Opoponax"));
  }

  @Test
  void otherApostrophesJoinWordsLikeTheAsciiOne() {
    assertEquals(
        List.of("aujourd'hui@0", "aujourd'hui@1", "aujourd'hui@2"),
        Tokens.positions(allWords, "aujourd'hui aujourd’hui aujourd\uFF07hui"));
  }

  @Test
  void foldsAccentsAndLigaturesTheSameWayInEveryMode() {
    for (Analyzer analyzer : List.of(index, exactPhrase, allWords, words)) {
      assertEquals(List.of("etat@0", "etat@1"), Tokens.positions(analyzer, "État Etat"));
      assertEquals(List.of("coeu@0", "coeu@1"), Tokens.positions(analyzer, "cœur coeur"));
      assertEquals(List.of("cafe@0", "cafe@1"), Tokens.positions(analyzer, "café cafe"));
    }
    assertEquals(List.of("oeuvr@0", "aegyptu@1"), Tokens.positions(allWords, "Œuvre Ægyptus"));
  }

  @Test
  void decomposedAccentsFoldLikeComposedOnes() {
    assertEquals(List.of("ete@0[0,5]", "ete@1[6,9]"), Tokens.of(allWords, "e\u0301te\u0301 été"));
  }

  @Test
  void softHyphensVanishAndNoBreakSpacesSeparate() {
    assertEquals(List.of("prefectur@0[0,11]"), Tokens.of(allWords, "pré\u00ADfecture"));
    assertEquals(
        List.of("nou@0[2,6]", "alon@1[7,13]"), Tokens.of(allWords, "«\u202FNous\u00A0allons"));
    assertEquals(List.of("a@0", "b@1"), Tokens.positions(allWords, "a\u2007b"));
  }

  @Test
  void hyphenatedWordsAndNumbersSplitAsStandardTokenizerDoes() {
    assertEquals(
        List.of("contr@0", "ofensif@1", "cjtf@2", "oir@3", "10@4", "juin@5", "2014@6"),
        Tokens.positions(allWords, "contre-offensive CJTF-OIR 10 juin 2014"));
  }

  @Test
  void stopWordsTypedWithoutAccentsAreStillStopWords() {
    assertEquals(List.of(), Tokens.positions(words, "jusqu'à jusqu'a à a"));
  }

  @Test
  void indexPairsCommonWordsWithTheirNeighbours() {
    assertEquals(
        List.of(
            "soutenu@0[0,8]",
            "soutenu_de@0[0,11]",
            "de@1[9,11]",
            "de_la@1[9,14]",
            "la@2[12,14]",
            "la_coal@2[12,24]",
            "coal@3[15,24]"),
        Tokens.of(index, "soutenus de la coalition"));
  }

  @Test
  void exactPhrasesQueryThePairsSoStopWordsCount() {
    assertEquals(
        List.of("soutenu_de@0", "de_la@1", "la_coal@2"),
        Tokens.positions(exactPhrase, "soutenus de la coalition"));
    assertEquals(List.of("de_la@0"), Tokens.positions(exactPhrase, "de la"));
    assertEquals(List.of("tout_la@0"), Tokens.positions(exactPhrase, "toute la"));
    assertEquals(List.of("est@0", "pas_la@1"), Tokens.positions(exactPhrase, "n'est pas la"));
  }

  /** What stock Lucene does with the same phrases: the reasons this chain exists. */
  @Test
  void stockFrenchAnalyzerLosesTheWordsWeKeep() {
    Analyzer stock = new FrenchAnalyzer();
    assertEquals(
        List.of("soutenu@0", "coal@3"), Tokens.positions(stock, "soutenus de la coalition"));
    assertEquals(List.of(), Tokens.positions(stock, "de la"));
    assertEquals(List.of("état@0", "etat@1"), Tokens.positions(stock, "État Etat"));
    assertEquals(List.of("cœur@0", "coeu@1"), Tokens.positions(stock, "cœur coeur"));
  }

  @Test
  void prefixesAreNormalisedLikeIndexedWords() {
    assertEquals("etat", allWords.normalize("text", "ÉTAT").utf8ToString());
    assertEquals("armee", allWords.normalize("text", "l’Armée").utf8ToString());
    assertEquals("coeur", allWords.normalize("text", "Cœur").utf8ToString());
  }

  @Test
  void pairsAreJoinedByTheDeclaredSeparator() {
    assertEquals(
        List.of("de" + FrenchParagraphAnalyzer.PAIR_SEPARATOR + "la"),
        ((FrenchParagraphAnalyzer) exactPhrase).terms("de la"));
  }

  /**
   * A common word is paired only if it is one term (the pairs follow the tokenizer and stemmer),
   * and pairing a word that queries do not treat as a stop word would be a waste: each must be in
   * Lucene's French list.
   */
  @Test
  void commonWordsAreSingleTermsAndFrenchStopWords() {
    for (String word : FrenchParagraphAnalyzer.COMMON_WORDS) {
      assertEquals(1, ((FrenchParagraphAnalyzer) allWords).terms(word).size(), word);
      assertTrue(
          FrenchAnalyzer.getDefaultStopSet().contains(word), word + " is not a French stop word");
      assertEquals(
          List.of(), Tokens.positions(words, word), word + " is kept by bare-word queries");
    }
    assertEquals(List.of("a"), ((FrenchParagraphAnalyzer) allWords).terms("à"));
    assertEquals(
        List.of("a", "de", "des", "en", "et", "il", "je", "la", "le", "les", "que", "un"),
        FrenchParagraphAnalyzer.commonStems());
  }
}
