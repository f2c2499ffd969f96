package fr.paragraphe.spi;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.search.Explanation;

/**
 * Renders a Lucene {@link Explanation} (the embedded index's, or one rebuilt from another engine's)
 * for people: one line per node, {@code value description}, each detail indented two spaces under
 * its parent. Scores get three decimals (with {@link Locale#ROOT}, so never {@code 0,530}); counts
 * such as the number of documents stay whole numbers.
 */
public final class ExplanationText {
  /**
   * The internal document number in {@code weight(text:rive in 1) [BM25Similarity]}: it means
   * nothing to users and changes as segments merge, so it is left out.
   */
  private static final Pattern DOC_NUMBER = Pattern.compile(" in \\d+\\) \\[");

  private ExplanationText() {}

  public static String of(Explanation explanation) {
    StringBuilder text = new StringBuilder();
    append(explanation, 0, text);
    text.setLength(text.length() - 1);
    return text.toString();
  }

  private static void append(Explanation node, int depth, StringBuilder text) {
    String description = DOC_NUMBER.matcher(node.getDescription()).replaceFirst(") [");
    text.append("  ".repeat(depth))
        .append(value(node.getValue()))
        .append(' ')
        .append(description)
        .append('\n');
    for (Explanation detail : node.getDetails()) {
      append(detail, depth + 1, text);
    }
  }

  private static String value(Number value) {
    return value instanceof Float || value instanceof Double
        ? String.format(Locale.ROOT, "%.3f", value.doubleValue())
        : value.toString();
  }
}
