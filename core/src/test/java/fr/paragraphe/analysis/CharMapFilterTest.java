package fr.paragraphe.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.junit.jupiter.api.Test;

/**
 * The one-pass character map gives what Lucene's MappingCharFilter gives with the same rules: the
 * same characters and the same offset for every place in the output, whatever the buffer sizes its
 * reader is called with.
 */
class CharMapFilterTest {
  private static final NormalizeCharMap RULES = rules();

  @Test
  void everyMappedCharacterAloneAndBetweenLetters() throws IOException {
    for (AnalysisChain.CharRule rule : AnalysisChain.CHAR_MAP.rules()) {
      for (char c : rule.characters().toCharArray()) {
        for (String text : new String[] {"" + c, "a" + c + "b", c + "ab" + c + c, "ab " + c}) {
          assertSame(text, new Random(c));
        }
      }
    }
  }

  @Test
  void randomTextOfMappedAndPlainCharacters() throws IOException {
    String palette = "ab é\u0301e\u0327'’‘ʼʻ＇\u00A0\u202F\u2007\u00AD\t\n\uD83D\uDE00x-";
    Random random = new Random(7);
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        text.append(palette.charAt(random.nextInt(palette.length())));
      }
      assertSame(text.toString(), random);
    }
  }

  private static void assertSame(String text, Random random) throws IOException {
    CharFilter expected = new MappingCharFilter(RULES, new StringReader(text));
    CharFilter actual = new CharMapFilter(new StringReader(text));
    String expectedText = readAll(expected, 1 + random.nextInt(8));
    assertEquals(expectedText, readAll(actual, 1 + random.nextInt(8)), text);
    for (int offset = 0; offset <= expectedText.length(); offset++) {
      assertEquals(
          expected.correctOffset(offset),
          actual.correctOffset(offset),
          "offset " + offset + " of " + text);
    }
  }

  private static String readAll(CharFilter filter, int bufferSize) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[bufferSize];
    for (int read; (read = filter.read(buffer, 0, buffer.length)) >= 0; ) {
      out.append(buffer, 0, read);
    }
    return out.toString();
  }

  private static NormalizeCharMap rules() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (AnalysisChain.CharRule rule : AnalysisChain.CHAR_MAP.rules()) {
      for (char c : rule.characters().toCharArray()) {
        map.add(String.valueOf(c), rule.replacement());
      }
    }
    return map.build();
  }
}
