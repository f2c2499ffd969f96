package fr.paragraphe.cli;

import fr.paragraphe.Occurrence;
import java.io.PrintWriter;
import java.util.regex.Pattern;

/**
 * The keyword-in-context view: one line per occurrence, the left context right-aligned in a column,
 * the match (emphasised) after it, then the right context, and the source and paragraph flush with
 * the right edge. Runs of white space are shown as one space; a context cut short starts or ends
 * with {@code …}. Lines fit the width given (a terminal's columns).
 */
final class KwicOutput {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String CUT = "…";

  private final Terminal emphasis;
  private final PrintWriter out;
  private final int columns;
  private final int leftWidth;

  KwicOutput(Terminal emphasis, PrintWriter out, int columns, int contextWidth) {
    this.emphasis = emphasis;
    this.out = out;
    this.columns = columns;
    // About a third of the line for the left context, never more than the context asked for.
    this.leftWidth = Math.max(1, Math.min(contextWidth + 1, (columns - 20) / 3));
  }

  void print(Occurrence occurrence) {
    String where =
        SourceNames.shown(occurrence.source())
            + ":"
            + occurrence.paragraph()
            + (occurrence.page() > 0 ? " p. " + occurrence.page() : "");
    String match = oneLine(occurrence.match());
    String left = lastColumns(oneLine(occurrence.left()), leftWidth);
    int markers =
        emphasis == Terminal.BOLD ? 0 : emphasis.open().length() + emphasis.close().length();
    int room = columns - leftWidth - match.length() - markers - where.length() - 2;
    String right = firstColumns(oneLine(occurrence.right()), Math.max(0, room));
    StringBuilder line = new StringBuilder(columns + 16);
    line.append(" ".repeat(leftWidth - left.length())).append(left);
    line.append(emphasis.open()).append(match).append(emphasis.close());
    line.append(right);
    line.append(" ".repeat(Math.max(2, room - right.length() + 2))).append(where);
    out.println(line);
  }

  private static String oneLine(String text) {
    return SPACES.matcher(text).replaceAll(" ");
  }

  /** The end of {@code text} in at most {@code width} characters, cut before a word. */
  static String lastColumns(String text, int width) {
    if (text.length() <= width) {
      return text;
    }
    int start = text.length() - width + CUT.length();
    int space = text.indexOf(' ', start);
    return CUT + (space < 0 ? "" : text.substring(space));
  }

  /** The start of {@code text} in at most {@code width} characters, cut after a word. */
  static String firstColumns(String text, int width) {
    if (text.length() <= width) {
      return text;
    }
    int end = width - CUT.length();
    int space = end <= 0 ? -1 : text.lastIndexOf(' ', end);
    return (space <= 0 ? "" : text.substring(0, space)) + CUT;
  }
}
