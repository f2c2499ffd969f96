package fr.paragraphe.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code index-cli analyze} shows: every token of each chain with its position, offsets and type. */
class AnalyzedTokensTest {
  private static final String TEXT = "L’armée de la rive gauche";

  @Test
  void theIndexKeepsEveryWordAndPairsTheCommonOnes() {
    assertEquals(
        List.of(
            new AnalyzedToken("arme", 0, 0, 7, "<ALPHANUM>"),
            new AnalyzedToken("arme_de", 0, 0, 10, "gram"),
            new AnalyzedToken("de", 1, 8, 10, "<ALPHANUM>"),
            new AnalyzedToken("de_la", 1, 8, 13, "gram"),
            new AnalyzedToken("la", 2, 11, 13, "<ALPHANUM>"),
            new AnalyzedToken("la_rive", 2, 11, 18, "gram"),
            new AnalyzedToken("rive", 3, 14, 18, "<ALPHANUM>"),
            new AnalyzedToken("gauch", 4, 19, 25, "<ALPHANUM>")),
        analyze(Mode.INDEX, TEXT));
  }

  @Test
  void exactPhrasesSearchThePairsInsteadOfTheCommonWords() {
    assertEquals(
        List.of(
            new AnalyzedToken("arme_de", 0, 0, 10, "gram"),
            new AnalyzedToken("de_la", 1, 8, 13, "gram"),
            new AnalyzedToken("la_rive", 2, 11, 18, "gram"),
            new AnalyzedToken("rive", 3, 14, 18, "<ALPHANUM>"),
            new AnalyzedToken("gauch", 4, 19, 25, "<ALPHANUM>")),
        analyze(Mode.EXACT_PHRASE, TEXT));
  }

  @Test
  void bareWordsLeaveTheStopWordsOutAndTheirPositionsEmpty() {
    assertEquals(
        List.of(
            new AnalyzedToken("arme", 0, 0, 7, "<ALPHANUM>"),
            new AnalyzedToken("rive", 3, 14, 18, "<ALPHANUM>"),
            new AnalyzedToken("gauch", 4, 19, 25, "<ALPHANUM>")),
        analyze(Mode.WORDS, TEXT));
  }

  @Test
  void numbersHaveTheirOwnType() {
    assertEquals(
        List.of(new AnalyzedToken("10", 0, 0, 2, "<NUM>"), new AnalyzedToken("juin", 1, 3, 7, "<ALPHANUM>")),
        analyze(Mode.ALL_WORDS, "10 juin"));
  }

  @Test
  void eachModeDescribesItsChainInOrder() {
    String chars =
        "MappingCharFilter (apostrophes to ', no-break spaces to spaces, soft hyphens and combining accents removed)";
    String words = "StandardTokenizer > ElisionFilter (French articles, any case) > LowerCaseFilter > ASCIIFoldingFilter";
    String pairs = "(pairs with: de la et le à il les un en que je des)";
    assertEquals(
        chars + " > " + words + " > StopFilter (French stop words, folded) > FrenchLightStemFilter",
        FrenchParagraphAnalyzer.describe(Mode.WORDS));
    assertEquals(chars + " > " + words + " > FrenchLightStemFilter", FrenchParagraphAnalyzer.describe(Mode.ALL_WORDS));
    assertEquals(
        chars + " > " + words + " > FrenchLightStemFilter > CommonGramsQueryFilter " + pairs,
        FrenchParagraphAnalyzer.describe(Mode.EXACT_PHRASE));
    assertEquals(
        chars + " > " + words + " > FrenchLightStemFilter > CommonGramsFilter " + pairs,
        FrenchParagraphAnalyzer.describe(Mode.INDEX));
  }

  private static List<AnalyzedToken> analyze(Mode mode, String text) {
    try (FrenchParagraphAnalyzer analyzer = new FrenchParagraphAnalyzer(mode)) {
      return analyzer.analyze(text);
    }
  }
}
