package fr.paragraphe.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Where each position of a paragraph lies in its text, found by analysing the text again, up to the
 * last position asked for: the index keeps positions but no offsets (they would take a fifth of the
 * index), and the few paragraphs shown are cheap to analyse.
 *
 * <p>{@link #of} runs only the steps that place words (the character map and the tokenizer): the
 * filters of the index chain after them change words but never add or drop a position ({@code
 * WordPositionsTest} compares). {@link #withPairs} runs the whole index chain to know the pair of
 * common words indexed at each position too.
 */
public final class WordPositions {
  private static final FrenchParagraphAnalyzer INDEX_CHAIN =
      new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX);

  private static final FrenchParagraphAnalyzer WORDS =
      new FrenchParagraphAnalyzer(
          FrenchParagraphAnalyzer.Mode.INDEX,
          AnalysisChain.placingSteps(FrenchParagraphAnalyzer.Mode.INDEX));

  private int[] starts = new int[16];
  private int[] ends = new int[16];

  /** The pair of common words starting at each position, or null. */
  private String[] pairs = new String[16];

  private int count;

  private WordPositions() {}

  /**
   * The words of {@code text} at positions 0 to {@code lastPosition}, or fewer if it ends; no
   * pairs.
   */
  public static WordPositions of(String text, int lastPosition) {
    return read(WORDS, text, lastPosition);
  }

  /** As {@link #of}, with the pairs of common words the index holds. */
  public static WordPositions withPairs(String text, int lastPosition) {
    return read(INDEX_CHAIN, text, lastPosition);
  }

  private static WordPositions read(Analyzer chain, String text, int lastPosition) {
    WordPositions words = new WordPositions();
    try (TokenStream stream = chain.tokenStream("", text)) {
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
  public int count() {
    return count;
  }

  public int start(int position) {
    return starts[position];
  }

  public int end(int position) {
    return ends[position];
  }

  /**
   * The pair of common words that starts at {@code position} ({@link #withPairs} only), or null.
   */
  public String pairAt(int position) {
    return position < count ? pairs[position] : null;
  }
}
