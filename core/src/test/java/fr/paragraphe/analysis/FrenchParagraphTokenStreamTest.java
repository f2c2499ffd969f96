package fr.paragraphe.analysis;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The chain checked by Lucene's own analyzer test case: every token's term, offsets, type and
 * position increment on tricky French, and random text in every mode (which also checks that
 * offsets stay consistent, attributes are cleared, and that a reused or multithreaded analyzer
 * gives the same tokens).
 */
public class FrenchParagraphTokenStreamTest extends BaseTokenStreamTestCase {
  private static final String WORD = "<ALPHANUM>";
  private static final String PAIR = "gram";

  private static Analyzer analyzer(Mode mode) {
    return new FrenchParagraphAnalyzer(mode);
  }

  public void testElisionWithEveryApostrophe() throws IOException {
    try (Analyzer allWords = analyzer(Mode.ALL_WORDS)) {
      assertAnalyzesTo(
          allWords,
          "L’armée l'été l‘été lʼété lʻété l＇été",
          new String[] {"arme", "ete", "ete", "ete", "ete", "ete"},
          new int[] {0, 8, 14, 20, 26, 32},
          new int[] {7, 13, 19, 25, 31, 37},
          new String[] {WORD, WORD, WORD, WORD, WORD, WORD},
          new int[] {1, 1, 1, 1, 1, 1});
    }
  }

  public void testLigaturesAndAccentsFold() throws IOException {
    try (Analyzer allWords = analyzer(Mode.ALL_WORDS)) {
      assertAnalyzesTo(
          allWords,
          "Œuvre cœur Ægypte ﬁn",
          new String[] {"oeuvr", "coeu", "aegypt", "fin"},
          new int[] {0, 6, 11, 18},
          new int[] {5, 10, 17, 20},
          new String[] {WORD, WORD, WORD, WORD},
          new int[] {1, 1, 1, 1});
    }
  }

  public void testNoBreakSpacesSeparateWords() throws IOException {
    try (Analyzer allWords = analyzer(Mode.ALL_WORDS)) {
      assertAnalyzesTo(
          allWords,
          "«\u202FNous\u00A0allons\u2007bon",
          new String[] {"nou", "alon", "bon"},
          new int[] {2, 7, 14},
          new int[] {6, 13, 17},
          new String[] {WORD, WORD, WORD},
          new int[] {1, 1, 1});
    }
  }

  /** Deleted characters shift the offsets of what follows back to the original text. */
  public void testSoftHyphensAndDecomposedAccentsVanish() throws IOException {
    try (Analyzer allWords = analyzer(Mode.ALL_WORDS)) {
      assertAnalyzesTo(
          allWords,
          "pré\u00ADfecture e\u0301te\u0301 été",
          new String[] {"prefectur", "ete", "ete"},
          new int[] {0, 12, 18},
          new int[] {11, 17, 21},
          new String[] {WORD, WORD, WORD},
          new int[] {1, 1, 1});
    }
  }

  public void testBareWordsDropStopWordsAndKeepTheirPositions() throws IOException {
    try (Analyzer words = analyzer(Mode.WORDS)) {
      assertAnalyzesTo(
          words,
          "rive gauche du Tigre",
          new String[] {"rive", "gauch", "tigr"},
          new int[] {0, 5, 15},
          new int[] {4, 11, 20},
          new String[] {WORD, WORD, WORD},
          new int[] {1, 1, 2});
      assertAnalyzesTo(
          words,
          "jusqu’à la fin",
          new String[] {"fin"},
          new int[] {11},
          new int[] {14},
          new String[] {WORD},
          new int[] {3});
    }
  }

  public void testTheIndexAddsPairsOfCommonWords() throws IOException {
    try (Analyzer index = analyzer(Mode.INDEX)) {
      assertAnalyzesTo(
          index,
          "soutenus de la coalition",
          new String[] {"soutenu", "soutenu_de", "de", "de_la", "la", "la_coal", "coal"},
          new int[] {0, 0, 9, 9, 12, 12, 15},
          new int[] {8, 11, 11, 14, 14, 24, 24},
          new String[] {WORD, PAIR, WORD, PAIR, WORD, PAIR, WORD},
          new int[] {1, 0, 1, 0, 1, 0, 1});
    }
  }

  public void testExactPhrasesSearchThePairsInstead() throws IOException {
    try (Analyzer exactPhrase = analyzer(Mode.EXACT_PHRASE)) {
      assertAnalyzesTo(
          exactPhrase,
          "soutenus de la coalition",
          new String[] {"soutenu_de", "de_la", "la_coal"},
          new int[] {0, 9, 12},
          new int[] {11, 14, 24},
          new String[] {PAIR, PAIR, PAIR},
          new int[] {1, 1, 1});
      assertAnalyzesTo(
          exactPhrase,
          "n’est pas la",
          new String[] {"est", "pas_la"},
          new int[] {0, 6},
          new int[] {5, 12},
          new String[] {WORD, PAIR},
          new int[] {1, 1});
    }
  }

  public void testRandomTextInEveryMode() throws IOException {
    for (Mode mode : Mode.values()) {
      try (Analyzer analyzer = analyzer(mode)) {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
      }
    }
  }

  /** Long random texts too: the char map and the pairs carry state across the buffer boundaries. */
  public void testLongRandomTextInEveryMode() throws IOException {
    for (Mode mode : Mode.values()) {
      try (Analyzer analyzer = analyzer(mode)) {
        checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 8192);
      }
    }
  }
}
