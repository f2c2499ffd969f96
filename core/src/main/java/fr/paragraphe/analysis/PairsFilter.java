package fr.paragraphe.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The pairs of common words of the index side: {@code CommonGramsFilter}'s tokens, in its order (a
 * word, then the pair it starts with the next word if either is common, then that next word), made
 * without capturing and restoring the whole attribute state around each pair, which took half of
 * the chain's time. {@code PairsFilterTest} compares the two token for token.
 */
final class PairsFilter extends TokenFilter {
  /** The type of a pair, as {@code CommonGramsFilter} names it. */
  static final String PAIR_TYPE = "gram";

  private final CharArraySet commonWords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  /** The previous word, then the separator: the start of a pair. Empty before the first word. */
  private char[] previous = new char[32];

  private int previousLength;
  private int previousStart;
  private boolean previousCommon;

  /** The word held back while its pair with the previous one goes out. */
  private char[] held = new char[32];

  private int heldLength;
  private int heldStart;
  private int heldEnd;
  private int heldIncrement;
  private int heldPositionLength;
  private String heldType;
  private boolean heldKeyword;
  private boolean holding;

  PairsFilter(TokenStream input, CharArraySet commonWords) {
    super(input);
    this.commonWords = commonWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (holding) {
      holding = false;
      clearAttributes();
      term.copyBuffer(held, 0, heldLength);
      offset.setOffset(heldStart, heldEnd);
      increment.setPositionIncrement(heldIncrement);
      length.setPositionLength(heldPositionLength);
      type.setType(heldType);
      keyword.setKeyword(heldKeyword);
      remember();
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (previousCommon || (previousLength > 0 && isCommon())) {
      hold();
      pair();
      return true;
    }
    remember();
    return true;
  }

  private boolean isCommon() {
    return commonWords.contains(term.buffer(), 0, term.length());
  }

  /** Keeps the current word as the first half of the next pair. */
  private void remember() {
    int needed = term.length() + 1;
    if (previous.length < needed) {
      previous = Arrays.copyOf(previous, needed * 2);
    }
    System.arraycopy(term.buffer(), 0, previous, 0, term.length());
    previous[term.length()] = FrenchParagraphAnalyzer.PAIR_SEPARATOR;
    previousLength = needed;
    previousStart = offset.startOffset();
    previousCommon = isCommon();
  }

  private void hold() {
    if (held.length < term.length()) {
      held = new char[term.length() * 2];
    }
    System.arraycopy(term.buffer(), 0, held, 0, term.length());
    heldLength = term.length();
    heldStart = offset.startOffset();
    heldEnd = offset.endOffset();
    heldIncrement = increment.getPositionIncrement();
    heldPositionLength = length.getPositionLength();
    heldType = type.type();
    heldKeyword = keyword.isKeyword();
    holding = true;
  }

  /** The pair of the previous word and the current one, at the previous word's position. */
  private void pair() {
    int end = offset.endOffset();
    clearAttributes();
    char[] pair = term.resizeBuffer(previousLength + heldLength);
    System.arraycopy(previous, 0, pair, 0, previousLength);
    System.arraycopy(held, 0, pair, previousLength, heldLength);
    term.setLength(previousLength + heldLength);
    increment.setPositionIncrement(0);
    length.setPositionLength(2);
    offset.setOffset(previousStart, end);
    type.setType(PAIR_TYPE);
    previousLength = 0;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previousLength = 0;
    previousCommon = false;
    holding = false;
  }
}
