package fr.paragraphe.cli;

import fr.paragraphe.Hit;
import fr.paragraphe.ParagraphRef;
import fr.paragraphe.SearchResult;
import fr.paragraphe.Span;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Hits for people: {@code source:paragraph}, section and score on one line, then the paragraph with
 * what matched emphasised, then the paragraphs that repeat it; a count at the end. With {@code
 * --explain}, the query as searched comes first, and under each hit how its score was computed.
 */
final class TextOutput {
  /** A paragraph longer than this shows windows around its matches, unless --full. */
  static final int LONG = 1_000;

  /** Characters of context each side of a match in a window. */
  static final int WINDOW = 150;

  private final Terminal emphasis;
  private final boolean explain;
  private final boolean full;

  TextOutput(Terminal emphasis, boolean explain) {
    this(emphasis, explain, true);
  }

  /** With {@code full} false, a long paragraph shows only windows around its matches. */
  TextOutput(Terminal emphasis, boolean explain, boolean full) {
    this.emphasis = emphasis;
    this.explain = explain;
    this.full = full;
  }

  void print(SearchResult result, PrintWriter out) {
    if (explain) {
      out.println("searched as: " + result.parsedQuery());
      out.println();
    }
    for (Hit hit : result.hits()) {
      out.print(SourceNames.shown(hit.source()) + ":" + hit.paragraph());
      if (hit.page() > 0) {
        out.print(" p. " + hit.page());
      }
      if (hit.section() != null) {
        out.print("  § " + hit.section());
      }
      out.println(String.format(Locale.ROOT, "  (score %.3f)", hit.score()));
      out.println(emphasised(hit));
      for (ParagraphRef duplicate : hit.duplicates()) {
        out.println(
            "  same text: " + SourceNames.shown(duplicate.source()) + ":" + duplicate.paragraph());
      }
      if (hit.explanation() != null) {
        out.println("  explanation:");
        hit.explanation().lines().forEach(line -> out.println("    " + line));
      }
      out.println();
    }
    if (result.total() > 0) {
      long shown = result.hits().size();
      out.printf(
          Locale.ROOT,
          "%d matching paragraph%s, %d shown%n",
          result.total(),
          result.total() == 1 ? "" : "s",
          shown);
    }
  }

  String emphasised(Hit hit) {
    String text = hit.text();
    if (full || text.length() <= LONG || hit.highlights().isEmpty()) {
      return emphasised(text, hit.highlights(), 0, text.length());
    }
    // Windows around the matches, cut at spaces, those that touch joined; … where text is left out.
    StringBuilder shown = new StringBuilder();
    List<Span> spans = hit.highlights();
    int i = 0;
    while (i < spans.size()) {
      int from = cutBefore(text, spans.get(i).start() - WINDOW);
      int j = i;
      while (j + 1 < spans.size()
          && spans.get(j + 1).start() - WINDOW <= spans.get(j).end() + WINDOW) {
        j++;
      }
      int to = cutAfter(text, spans.get(j).end() + WINDOW);
      shown.append(from > 0 ? "… " : "");
      shown.append(emphasised(text, spans.subList(i, j + 1), from, to));
      shown.append(to < text.length() ? " …" : "");
      if (j + 1 < spans.size()) {
        shown.append(' ');
      }
      i = j + 1;
    }
    return shown.toString();
  }

  /** {@code text} from {@code from} to {@code to}, the spans (all inside) emphasised. */
  private String emphasised(String text, List<Span> spans, int from, int to) {
    StringBuilder shown = new StringBuilder(to - from + 16 * spans.size());
    int at = from;
    for (Span span : spans) {
      shown
          .append(text, at, span.start())
          .append(emphasis.open())
          .append(text, span.start(), span.end())
          .append(emphasis.close());
      at = span.end();
    }
    return shown.append(text, at, to).toString();
  }

  /** The start of the word at or after {@code at}, or 0. */
  private static int cutBefore(String text, int at) {
    if (at <= 0) {
      return 0;
    }
    while (at < text.length() && !Character.isWhitespace(text.charAt(at - 1))) {
      at++;
    }
    return at;
  }

  /** The end of the word at or before {@code at}, or the end of the text. */
  private static int cutAfter(String text, int at) {
    if (at >= text.length()) {
      return text.length();
    }
    while (at > 0 && !Character.isWhitespace(text.charAt(at))) {
      at--;
    }
    return at;
  }
}
