package fr.paragraphe.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.SeedIndex;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.junit.jupiter.api.Test;

/**
 * The index chain with its own pairs filter gives, token for token, what the same chain gives with
 * Lucene's CommonGramsFilter: term, position increment and length, offsets, type and keyword flag.
 */
class PairsFilterTest {
  private static final FrenchParagraphAnalyzer INDEX =
      new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX);

  private static final Analyzer WITH_COMMON_GRAMS =
      new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
          return new CharMapFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          TokenStream stream = new ElisionFilter(source, FrenchParagraphAnalyzer.ARTICLES);
          stream = new AsciiFolding.Filter(new LowerCaseFilter(stream));
          stream = new FrenchLightStemFilter(stream);
          CharArraySet common = new CharArraySet(FrenchParagraphAnalyzer.commonStems(), false);
          return new TokenStreamComponents(source, new CommonGramsFilter(stream, common));
        }
      };

  @Test
  void theSeedArticle() throws Exception {
    for (String line : Files.readAllLines(SeedIndex.SEED)) {
      assertSameTokens(line);
    }
  }

  @Test
  void randomTextDenseInCommonWords() throws IOException {
    String[] words = {
      "de",
      "la",
      "et",
      "Le",
      "à",
      "il",
      "les",
      "un",
      "en",
      "que",
      "je",
      "des",
      "L'État",
      "maison",
      "rive",
      "1914",
      "x",
      "de_la",
      "aujourd'hui",
      "cœur",
      "Tigre",
      "«",
      "—",
      ",",
      "."
    };
    Random random = new Random(17);
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      assertSameTokens(text.toString());
    }
  }

  private static void assertSameTokens(String text) throws IOException {
    assertEquals(tokens(WITH_COMMON_GRAMS, text), tokens(INDEX, text), text);
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            String.join(
                " ",
                term.toString(),
                "+" + increment.getPositionIncrement(),
                "len " + length.getPositionLength(),
                offset.startOffset() + "-" + offset.endOffset(),
                type.type(),
                keyword.isKeyword() ? "keyword" : ""));
      }
      stream.end();
      tokens.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
    }
    return tokens;
  }
}
