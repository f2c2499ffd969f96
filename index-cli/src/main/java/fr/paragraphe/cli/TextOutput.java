package fr.paragraphe.cli;

import fr.paragraphe.Hit;
import fr.paragraphe.ParagraphRef;
import fr.paragraphe.SearchResult;
import fr.paragraphe.Span;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Hits for people: {@code source:paragraph}, section and score on one line, then the paragraph with
 * what matched emphasised, then the paragraphs that repeat it; a count at the end. With {@code
 * --explain}, the query as searched comes first, and under each hit how its score was computed.
 */
final class TextOutput {
  private final Terminal emphasis;
  private final boolean explain;

  TextOutput(Terminal emphasis, boolean explain) {
    this.emphasis = emphasis;
    this.explain = explain;
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
    StringBuilder text = new StringBuilder(hit.text().length() + 16 * hit.highlights().size());
    int at = 0;
    for (Span span : hit.highlights()) {
      text.append(hit.text(), at, span.start())
          .append(emphasis.open())
          .append(hit.text(), span.start(), span.end())
          .append(emphasis.close());
      at = span.end();
    }
    return text.append(hit.text(), at, hit.text().length()).toString();
  }
}
