package fr.paragraphe.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

class AsciiFoldingTest {
  @Test
  void foldsEveryCharacterAsLucene() {
    char[] out = new char[4];
    char[] expected = new char[4];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char[] in = {(char) c};
      int length = AsciiFolding.fold(in, 0, 1, out);
      int expectedLength = ASCIIFoldingFilter.foldToASCII(in, 0, expected, 0, 1);
      assertArrayEquals(
          Arrays.copyOf(expected, expectedLength), Arrays.copyOf(out, length), "U+" + c);
    }
  }

  @Test
  void foldsTextAsLucene() {
    char[] text = "L’État, le cœur, Æther, ﬁn, naïve, ß, İ, x\uD83D\uDE00".toCharArray();
    char[] out = new char[4 * text.length];
    char[] expected = new char[4 * text.length];
    int length = AsciiFolding.fold(text, 2, text.length - 2, out);
    int expectedLength = ASCIIFoldingFilter.foldToASCII(text, 2, expected, 0, text.length - 2);
    assertEquals(new String(expected, 0, expectedLength), new String(out, 0, length));
  }
}
