package fr.paragraphe.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * {@link ASCIIFoldingFilter#foldToASCII}, the same output, remembered per character.
 *
 * <p>Why: foldToASCII is one switch over thousands of characters, too large for the JIT (HotSpot
 * does not compile methods over 8,000 bytes of bytecode), so every call runs in the interpreter.
 * Profiled on ELTeC it was the first method of indexing by own time (10%), French text having
 * accented letters in most words. It folds each character on its own, so folding one character at a
 * time and remembering the result is the same.
 */
public final class AsciiFolding {
  /** Compared by identity: a character that folds to itself. */
  private static final String UNCHANGED = new String("");

  /**
   * Per character: what it folds to, {@link #UNCHANGED}, or null if not looked up yet. Threads fill
   * it without a lock; the entries are Strings, whose final fields make an entry seen by another
   * thread always whole, and two threads folding the same character write equal entries.
   */
  private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];

  private AsciiFolding() {}

  /**
   * Folds {@code length} chars of {@code in} from {@code offset} into {@code out} from 0 (at least
   * 4 chars per input char); returns the length written, as foldToASCII does.
   */
  public static int fold(char[] in, int offset, int length, char[] out) {
    int written = 0;
    for (int i = offset; i < offset + length; i++) {
      char c = in[i];
      String folded = c < '\u0080' ? UNCHANGED : folded(c);
      if (folded == UNCHANGED) {
        out[written++] = c;
      } else {
        folded.getChars(0, folded.length(), out, written);
        written += folded.length();
      }
    }
    return written;
  }

  private static String folded(char c) {
    String folded = FOLDED[c];
    if (folded == null) {
      char[] out = new char[4];
      int length = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
      folded = length == 1 && out[0] == c ? UNCHANGED : new String(out, 0, length);
      FOLDED[c] = folded;
    }
    return folded;
  }

  /** The token filter: {@link ASCIIFoldingFilter} without the original kept, on {@link #fold}. */
  static final class Filter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] output = new char[64];

    Filter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] buffer = term.buffer();
      int length = term.length();
      for (int i = 0; i < length; i++) {
        if (buffer[i] >= '\u0080') {
          if (output.length < 4 * length) {
            output = new char[4 * length];
          }
          term.copyBuffer(output, 0, fold(buffer, 0, length, output));
          break;
        }
      }
      return true;
    }
  }
}
