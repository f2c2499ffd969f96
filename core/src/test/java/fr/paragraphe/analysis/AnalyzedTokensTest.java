package fr.paragraphe.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * What {@code index-cli analyze} shows: every token of each chain with its position, offsets and
 * type; and what {@code stats} shows of a chain.
 */
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
        List.of(
            new AnalyzedToken("10", 0, 0, 2, "<NUM>"),
            new AnalyzedToken("juin", 1, 3, 7, "<ALPHANUM>")),
        analyze(Mode.ALL_WORDS, "10 juin"));
  }

  /**
   * What stats prints for an index: every step with its parameters, the classes that run them
   * named.
   */
  @Test
  void theIndexChainIsDescribedStepByStepWithItsParameters() {
    assertEquals(
        "character map (as MappingCharFilter: apostrophes U+02BB U+02BC U+2018 U+2019 U+FF07 to ', no-break spaces"
            + " U+00A0 U+2007 U+202F to U+0020, soft hyphen U+00AD removed, combining accents U+0300-U+036F removed)"
            + " > words (as StandardTokenizer) > elision (as ElisionFilter: l m t qu n s j d c jusqu quoiqu lorsqu"
            + " puisqu, any case) > lower case (as LowerCaseFilter) > ASCII folding (as ASCIIFoldingFilter) > French"
            + " light stemming (as FrenchLightStemFilter) > pairs of common words (as CommonGramsFilter: de la et le à"
            + " il les un en que je des)",
        FrenchParagraphAnalyzer.describe(Mode.INDEX));
  }

  /**
   * The Lucene classes each description names are, in order, those of the analyzer built for that
   * mode: the char filter, the tokenizer and every token filter, read from the built chain itself.
   */
  @Test
  void eachModeDescribesTheClassesItsAnalyzerRuns() throws Exception {
    Map<Mode, List<String>> expected =
        Map.of(
            Mode.INDEX,
            List.of(
                "MappingCharFilter",
                "StandardTokenizer",
                "ElisionFilter",
                "LowerCaseFilter",
                "ASCIIFoldingFilter",
                "FrenchLightStemFilter",
                "CommonGramsFilter"),
            Mode.EXACT_PHRASE,
            List.of(
                "MappingCharFilter",
                "StandardTokenizer",
                "ElisionFilter",
                "LowerCaseFilter",
                "ASCIIFoldingFilter",
                "FrenchLightStemFilter",
                "CommonGramsFilter",
                "CommonGramsQueryFilter"),
            Mode.ALL_WORDS,
            List.of(
                "MappingCharFilter",
                "StandardTokenizer",
                "ElisionFilter",
                "LowerCaseFilter",
                "ASCIIFoldingFilter",
                "FrenchLightStemFilter"),
            Mode.WORDS,
            List.of(
                "MappingCharFilter",
                "StandardTokenizer",
                "ElisionFilter",
                "LowerCaseFilter",
                "ASCIIFoldingFilter",
                "StopFilter",
                "FrenchLightStemFilter"));
    for (Mode mode : Mode.values()) {
      List<String> described = new ArrayList<>();
      Matcher named = LUCENE_CLASS.matcher(FrenchParagraphAnalyzer.describe(mode));
      while (named.find()) {
        described.add(named.group());
      }
      assertEquals(expected.get(mode), described, mode + " described");
      assertEquals(expected.get(mode), classesRun(mode), mode + " built");
    }
  }

  /** Every step of the definition appears in the description, in the definition's order. */
  @Test
  void theDescriptionIsTheStepsInOrder() {
    for (Mode mode : Mode.values()) {
      String description = FrenchParagraphAnalyzer.describe(mode);
      int from = 0;
      for (AnalysisChain.Step step : AnalysisChain.steps(mode)) {
        int at = description.indexOf(step.describe(), from);
        assertTrue(at >= from, mode + ": " + step + " missing or out of order");
        from = at + step.describe().length();
      }
      assertEquals(description.length(), from, mode + ": text after the last step");
    }
  }

  private static final Pattern LUCENE_CLASS =
      Pattern.compile("\\b[A-Z][A-Za-z]*(?:Filter|Tokenizer)\\b");

  /**
   * The classes of the chain an analyzer builds, first to last, walking each filter's input. {@link
   * AsciiFolding.Filter}, {@link CharMapFilter} and {@link PairsFilter} are named as the filters
   * whose output they give ({@code AsciiFoldingTest}, {@code CharMapFilterTest} and {@code
   * PairsFilterTest} compare them).
   */
  private static List<String> classesRun(Mode mode) throws Exception {
    List<String> classes = new ArrayList<>();
    try (FrenchParagraphAnalyzer analyzer = new FrenchParagraphAnalyzer(mode);
        TokenStream stream = analyzer.tokenStream("text", "x")) {
      Field input = TokenFilter.class.getDeclaredField("input");
      input.setAccessible(true);
      TokenStream step = stream;
      while (step instanceof TokenFilter filter) {
        String name = filter.getClass().getSimpleName();
        classes.addFirst(
            filter instanceof AsciiFolding.Filter
                ? "ASCIIFoldingFilter"
                : filter instanceof PairsFilter ? "CommonGramsFilter" : name);
        step = (TokenStream) input.get(filter);
      }
      classes.addFirst(step.getClass().getSimpleName());
      Field pending = Tokenizer.class.getDeclaredField("inputPending");
      pending.setAccessible(true);
      for (Object reader = pending.get(step); reader instanceof CharFilter charFilter; ) {
        classes.addFirst(
            charFilter instanceof CharMapFilter
                ? "MappingCharFilter"
                : charFilter.getClass().getSimpleName());
        Field charInput = CharFilter.class.getDeclaredField("input");
        charInput.setAccessible(true);
        reader = charInput.get(charFilter);
      }
    }
    return classes;
  }

  private static List<AnalyzedToken> analyze(Mode mode, String text) {
    try (FrenchParagraphAnalyzer analyzer = new FrenchParagraphAnalyzer(mode)) {
      return analyzer.analyze(text);
    }
  }
}
