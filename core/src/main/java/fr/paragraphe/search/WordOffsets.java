package fr.paragraphe.search;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Where each position of a paragraph lies in its text, found by analysing the text again with the
 * index's own chain, up to the last position asked for: the postings keep positions but no offsets
 * (they would take a fifth of the index), and the few paragraphs shown are cheap to analyse.
 */
final class WordOffsets {
  private static final FrenchParagraphAnalyzer INDEX_CHAIN =
      new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX);

  private int[] starts = new int[16];
  private int[] ends = new int[16];

  /** The pair of common words starting at each position, or null. */
  private String[] pairs = new String[16];

  private int count;

  private WordOffsets() {}

  /** The words of {@code text} at positions 0 to {@code lastPosition}, or fewer if it ends. */
  static WordOffsets of(String text, int lastPosition) {
    WordOffsets words = new WordOffsets();
    try (TokenStream stream = INDEX_CHAIN.tokenStream(ParagraphFields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        if (position > lastPosition) {
          break;
        }
        words.ensure(position);
        if (length.getPositionLength() > 1) {
          words.pairs[position] = term.toString();
        } else {
          words.starts[position] = offset.startOffset();
          words.ends[position] = offset.endOffset();
          words.count = Math.max(words.count, position + 1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return words;
  }

  private void ensure(int position) {
    if (position >= starts.length) {
      int size = Math.max(position + 1, starts.length * 2);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      pairs = Arrays.copyOf(pairs, size);
    }
  }

  /** How many positions were read. */
  int count() {
    return count;
  }

  int start(int position) {
    return starts[position];
  }

  int end(int position) {
    return ends[position];
  }

  /** The pair of common words that starts at {@code position}, or null. */
  String pairAt(int position) {
    return position < count ? pairs[position] : null;
  }
}
