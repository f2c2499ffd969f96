package fr.paragraphe.opensearch;

import fr.paragraphe.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the spans of a hit out of the text OpenSearch's highlighter returns with markers around
 * each match. The markers are characters of the Private Use Area, which French text does not hold;
 * if the text does hold them, or the highlighted text is not the whole paragraph, no span is
 * returned rather than wrong ones.
 */
final class HighlightedText {
  static final String START = "\uE000";
  static final String END = "\uE001";

  private HighlightedText() {}

  /**
   * @param mergeAcrossSpaces join spans that only white space separates, as the embedded index
   *     shows a phrase as one span where OpenSearch marks each of its words
   */
  static List<Span> spans(String text, String highlighted, boolean mergeAcrossSpaces) {
    if (text.contains(START) || text.contains(END)) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>();
    StringBuilder plain = new StringBuilder(text.length());
    int start = -1;
    for (int i = 0; i < highlighted.length(); i++) {
      char c = highlighted.charAt(i);
      if (c == START.charAt(0)) {
        start = plain.length();
      } else if (c == END.charAt(0) && start >= 0) {
        add(spans, new Span(start, plain.length()), plain, mergeAcrossSpaces);
        start = -1;
      } else {
        plain.append(c);
      }
    }
    return plain.toString().equals(text) ? List.copyOf(spans) : List.of();
  }

  private static void add(
      List<Span> spans, Span span, CharSequence plain, boolean mergeAcrossSpaces) {
    if (!spans.isEmpty()) {
      Span last = spans.get(spans.size() - 1);
      if (span.start() <= last.end()
          || mergeAcrossSpaces
              && plain.subSequence(last.end(), span.start()).toString().isBlank()) {
        spans.set(spans.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
        return;
      }
    }
    spans.add(span);
  }
}
