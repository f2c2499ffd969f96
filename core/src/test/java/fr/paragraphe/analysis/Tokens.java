package fr.paragraphe.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Renders a token stream as {@code term@position[start,end]} strings, for exact comparisons in
 * tests.
 */
final class Tokens {
  private Tokens() {}

  static List<String> of(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(
            term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** Only {@code term@position}, where offsets do not matter to the case. */
  static List<String> positions(Analyzer analyzer, String text) {
    return of(analyzer, text).stream().map(t -> t.substring(0, t.indexOf('['))).toList();
  }
}
