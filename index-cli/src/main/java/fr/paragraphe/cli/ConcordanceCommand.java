package fr.paragraphe.cli;

import fr.paragraphe.ConcordanceOptions;
import fr.paragraphe.Exactness;
import fr.paragraphe.Occurrence;
import fr.paragraphe.OccurrenceCounts;
import fr.paragraphe.ParagraphIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code index-cli concordance QUERY...}: every occurrence of a query in its context, one line
 * each, as a keyword-in-context view or as rows; or their counts per source or form.
 */
@Command(
    name = "concordance",
    mixinStandardHelpOptions = true,
    description = {
      "Every occurrence of the query in its context, one line each (a paragraph holding it three times gives"
          + " three lines; duplicate paragraphs count), in reading order unless sorted. Same query syntax as query.",
      "--same-form keeps the matches written as typed up to case and apostrophes (\"l'armée\": L’Armée, not"
          + " armées); --case keeps the case too.",
      "Text lines fit $COLUMNS (else 100 columns when piped, the terminal's width on a terminal)."
    },
    footer = {
      "",
      "Exit codes: 0 at least one occurrence, 1 none, 2 usage, input or index error.",
      "",
      "Examples:",
      "  index-cli concordance '\"la coalition\"'",
      "  index-cli concordance --sort right --phrase la coalition",
      "  index-cli concordance --count-by source '\"rive gauche\"'",
      "  index-cli concordance --format tsv --width 80 '\"la coalition\"' > coalition.tsv"
    })
final class ConcordanceCommand implements Callable<Integer> {
  /** Columns of the occurrence rows, in order. */
  static final List<String> COLUMNS =
      List.of("source", "paragraph", "section", "page", "left", "match", "right");

  /** Set by bin/index-cli from the terminal when stdout is one. */
  static final String TERMINAL_COLUMNS = "paragraphe.columns";

  static final int DEFAULT_COLUMNS = 100;

  enum Sort {
    SOURCE,
    RIGHT,
    LEFT,
    FORM
  }

  enum CountBy {
    SOURCE,
    FORM
  }

  @Mixin CommonOptions common;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--phrase",
      description = "Search the words as one literal phrase, with no query syntax.")
  boolean phrase;

  @Option(
      names = "--same-form",
      description = "Only matches written as typed, up to case and apostrophe style.")
  boolean sameForm;

  @Option(names = "--case", description = "Only matches written as typed, case included.")
  boolean sameCase;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "source",
      converter = LowerCaseEnum.SortConverter.class,
      description =
          "source (reading order, the default, printed as found), right (the words right of the match,"
              + " first, second...), left (the words left of it, nearest first), form (the match);"
              + " case and accents ignored.")
  Sort sort = Sort.SOURCE;

  @Option(
      names = "--width",
      paramLabel = "N",
      defaultValue = "50",
      description = "The most characters of context each side (default: ${DEFAULT-VALUE}).")
  int width = 50;

  @Option(
      names = "--count-by",
      paramLabel = "KEY",
      converter = LowerCaseEnum.CountByConverter.class,
      description =
          "Print the number of occurrences and of paragraphs per source or per form (as written)"
              + " instead of the lines.")
  CountBy countBy;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = LowerCaseEnum.FormatConverter.class,
      description =
          "text (aligned lines), tsv, csv (RFC 4180) or jsonl; tsv and csv have a header row.")
  TableOutput.Format format = TableOutput.Format.TEXT;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Print at most N lines (default: all).")
  Integer limit;

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      description = "The query (its words are joined with spaces).")
  List<String> words;

  @Override
  public Integer call() throws IOException {
    CommandIo io = CommandIo.of(spec);
    if (width < 0) {
      throw io.usageError("--width must be at least 0, got " + width);
    }
    if (limit != null && limit < 1) {
      throw io.usageError("--limit must be at least 1, got " + limit);
    }
    String query = String.join(" ", words);
    ConcordanceOptions options = new ConcordanceOptions(width, Exactness.of(sameForm, sameCase));
    PrintWriter out = io.out();
    long printed;
    try (ParagraphIndex index = ParagraphIndex.open(common.indexDirectory());
        Stream<Occurrence> found =
            phrase ? index.concordancePhrase(query, options) : index.concordance(query, options)) {
      printed = countBy != null ? printCounts(OccurrenceCounts.of(found), out) : print(found, out);
    }
    out.flush();
    if (printed == 0) {
      io.err().println("no occurrence of " + query);
      return ExitCode.NO_HIT;
    }
    return ExitCode.OK;
  }

  private long print(Stream<Occurrence> found, PrintWriter out) throws IOException {
    Lines lines = lines(out);
    long max = limit == null ? Long.MAX_VALUE : limit;
    long printed = 0;
    if (sort == Sort.SOURCE) {
      Iterator<Occurrence> it = found.iterator();
      while (printed < max && it.hasNext() && !closed(out, printed)) {
        lines.print(it.next());
        printed++;
      }
      return printed;
    }
    try (OccurrenceSorter sorter =
        new OccurrenceSorter(SortKey.valueOf(sort.name()), OccurrenceSorter.RUN_SIZE)) {
      Iterator<Occurrence> it = found.iterator();
      while (it.hasNext()) {
        sorter.add(it.next());
      }
      Iterator<Occurrence> sorted = sorter.sorted();
      while (printed < max && sorted.hasNext() && !closed(out, printed)) {
        lines.print(sorted.next());
        printed++;
      }
    }
    return printed;
  }

  /**
   * Whether the reader went away ({@code | head}): a PrintWriter never throws, so without asking,
   * the whole concordance would be read for nobody. Asked every 256 lines, since asking flushes.
   */
  private static boolean closed(PrintWriter out, long printed) {
    // The writer stands on System.out, a PrintStream that keeps its own errors to itself.
    return printed % 256 == 255 && (out.checkError() || System.out.checkError());
  }

  /** One line per occurrence in the format asked for. */
  private interface Lines {
    void print(Occurrence occurrence);
  }

  private Lines lines(PrintWriter out) {
    if (format == TableOutput.Format.TEXT) {
      KwicOutput kwic = new KwicOutput(Terminal.emphasis(), out, columns(), width);
      return kwic::print;
    }
    TableOutput table = new TableOutput(format, out, COLUMNS);
    table.header();
    return o ->
        table.row(
            java.util.Arrays.asList(
                SourceNames.shown(o.source()),
                o.paragraph(),
                o.section(),
                o.page() > 0 ? o.page() : null,
                o.left(),
                o.match(),
                o.right()));
  }

  private long printCounts(OccurrenceCounts counts, PrintWriter out) {
    List<OccurrenceCounts.Count> rows =
        countBy == CountBy.SOURCE ? counts.bySource() : counts.byForm();
    if (limit != null && rows.size() > limit) {
      rows = rows.subList(0, limit);
    }
    String key = countBy.name().toLowerCase(Locale.ROOT);
    if (format == TableOutput.Format.TEXT) {
      int keyWidth = key.length();
      for (OccurrenceCounts.Count row : rows) {
        keyWidth = Math.max(keyWidth, shownKey(row).length());
      }
      String line = "%-" + keyWidth + "s  %11s  %10s%n";
      if (!rows.isEmpty()) {
        out.printf(Locale.ROOT, line, key, "occurrences", "paragraphs");
      }
      for (OccurrenceCounts.Count row : rows) {
        out.printf(Locale.ROOT, line, shownKey(row), row.occurrences(), row.paragraphs());
      }
    } else {
      TableOutput table = new TableOutput(format, out, List.of(key, "occurrences", "paragraphs"));
      table.header();
      for (OccurrenceCounts.Count row : rows) {
        table.row(List.of(shownKey(row), row.occurrences(), row.paragraphs()));
      }
    }
    return rows.size();
  }

  private String shownKey(OccurrenceCounts.Count row) {
    return countBy == CountBy.SOURCE ? SourceNames.shown(row.key()) : row.key();
  }

  /** $COLUMNS, else the terminal's width the launcher found, else {@link #DEFAULT_COLUMNS}. */
  static int columns() {
    for (String given :
        new String[] {System.getenv("COLUMNS"), System.getProperty(TERMINAL_COLUMNS)}) {
      try {
        if (given != null && Integer.parseInt(given.trim()) >= 40) {
          return Integer.parseInt(given.trim());
        }
      } catch (NumberFormatException e) {
        // not a number: the next one
      }
    }
    return DEFAULT_COLUMNS;
  }
}
