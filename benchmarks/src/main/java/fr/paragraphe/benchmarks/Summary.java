package fr.paragraphe.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the table of benchmarks/short from the JMH results (CSV, {@code -rf csv}) and the RESULT
 * lines the benchmarks print: {@code Summary results.csv... -- log...}. Every ratio compares two
 * numbers of the same run.
 */
public final class Summary {
  private final Map<String, Double> scores = new HashMap<>();
  private final Map<String, String> results = new HashMap<>();

  public static void main(String[] args) throws IOException {
    Summary summary = new Summary();
    boolean logs = false;
    for (String arg : args) {
      if (arg.equals("--")) {
        logs = true;
      } else if (logs) {
        summary.readLog(Path.of(arg));
      } else {
        summary.readCsv(Path.of(arg));
      }
    }
    summary.print();
  }

  /** Keys: benchmark name without package, then the words and kind params when present. */
  private void readCsv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> header = fields(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = fields(line);
      StringBuilder key = new StringBuilder(row.get(0).replace("fr.paragraphe.benchmarks.", ""));
      for (String param : List.of("Param: words", "Param: kind")) {
        int column = header.indexOf(param);
        if (column >= 0) {
          key.append(' ').append(row.get(column));
        }
      }
      scores.put(key.toString(), Double.parseDouble(row.get(header.indexOf("Score"))));
    }
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    Matcher field = Pattern.compile("\"([^\"]*)\"|([^,]+)|(?<=,)(?=,|$)").matcher(line);
    while (field.find()) {
      fields.add(
          field.group(1) != null ? field.group(1) : field.group(2) != null ? field.group(2) : "");
    }
    return fields;
  }

  /**
   * {@code RESULT index|matches ENGINE ...} and {@code sample: N paragraphs, X MB}: the last of
   * each wins.
   */
  private void readLog(Path file) throws IOException {
    for (String line : Files.readAllLines(file)) {
      Matcher index =
          Pattern.compile(
                  "RESULT index (\\w+) .*text_mb=([\\d.]+) index_mb=([\\d.]+) build_s=([\\d.]+)")
              .matcher(line);
      if (index.find()) {
        results.put(index.group(1) + " text_mb", index.group(2));
        results.put(index.group(1) + " index_mb", index.group(3));
      }
      Matcher matches =
          Pattern.compile("RESULT matches (\\w+) (words=\\d+ kind=\\w+) .*matches=(\\d+)")
              .matcher(line);
      if (matches.find()) {
        results.put(matches.group(1) + " " + matches.group(2), matches.group(3));
      }
      Matcher sample = Pattern.compile("sample: \\d+ paragraphs, ([\\d.]+) MB").matcher(line);
      if (sample.find()) {
        results.put("analysis mb", sample.group(1));
      }
    }
  }

  private void print() {
    System.out.println(
        "Against bare Lucene doing the same work (paragraphe's analyzer and text field, one thread):");
    header("bare Lucene", "target");
    double bare = score("IndexingBenchmark.bareLucene");
    row(
        "indexing throughput, x bare (2 threads)",
        bare / score("IndexingBenchmark.paragraphe"),
        1,
        ">= 1.6");
    row(
        "  bare Lucene itself on 2 threads, x bare",
        bare / score("IndexingBenchmark.bareLuceneTwoThreads"),
        1,
        "(ceiling)");
    row(
        "indexing time, ms (one thread)",
        score("IndexingBenchmark.paragrapheOneThread"),
        bare,
        "(none)");
    sizeRow("bareLucene", "<= 1.2");
    phraseRows("bareLucene", "<= 1.1");
    System.out.println();
    System.out.println(
        "Against stock Lucene (FrenchAnalyzer, one thread, loose phrases): exact phrases at no cost:");
    header("stock Lucene", "goal");
    double mb = number("analysis mb");
    row(
        "analysis MB/s (one thread)",
        mb / seconds("AnalysisBenchmark.paragrapheIndexChain"),
        mb / seconds("AnalysisBenchmark.stockFrenchAnalyzer"),
        "(none)");
    double stock = score("IndexingBenchmark.stockLucene");
    row(
        "indexing time, ms (one thread)",
        score("IndexingBenchmark.paragrapheOneThread"),
        stock,
        "<= 1.0");
    row(
        "indexing time, ms (paragraphe on 2 threads)",
        score("IndexingBenchmark.paragraphe"),
        stock,
        "(none)");
    sizeRow("stockLucene", "<= 1.5");
    phraseRows("stockLucene", "<= 1.0");
    System.out.println();
    System.out.println(
        "Matches of the 20 phrases (paragraphe / bare / stock): paragraphe and bare must agree:");
    for (String words : List.of("2", "3", "4")) {
      for (String kind : List.of("common", "rare")) {
        String trial = " words=" + words + " kind=" + kind;
        System.out.printf(
            Locale.ROOT,
            "  %s words, %-6s  %s / %s / %s%n",
            words,
            kind,
            results.getOrDefault("paragraphe" + trial, "-"),
            results.getOrDefault("bareLucene" + trial, "-"),
            results.getOrDefault("stockLucene" + trial, "-"));
      }
    }
  }

  private static void header(String peer, String target) {
    System.out.printf("%-44s %12s %12s %8s  %s%n", "measure", "paragraphe", peer, "ratio", target);
  }

  private void sizeRow(String peer, String target) {
    double textMb = number("paragraphe text_mb");
    row(
        "index size, MB per MB of text",
        number("paragraphe index_mb") / textMb,
        number(peer + " index_mb") / textMb,
        target);
  }

  private void phraseRows(String peer, String target) {
    for (String words : List.of("2", "3", "4")) {
      for (String kind : List.of("common", "rare")) {
        for (String percentile : List.of("p0.50", "p0.99")) {
          String suffix = ":" + percentile + " " + words + " " + kind;
          row(
              String.format(
                  "phrase %s, %s words, %s, ms", percentile.replace("p0.", "p"), words, kind),
              score("QueryBenchmark.paragraphe" + suffix) / 1000,
              score("QueryBenchmark." + peer + suffix) / 1000,
              target);
        }
        // The mean time of a query (the score of the sample itself), as queries per second on one
        // thread.
        String trial = " " + words + " " + kind;
        row(
            String.format("phrase throughput, %s words, %s, q/s", words, kind),
            1e6 / score("QueryBenchmark.paragraphe" + trial),
            1e6 / score("QueryBenchmark." + peer + trial),
            "(higher is better)");
      }
    }
  }

  private double number(String key) {
    return Double.parseDouble(results.getOrDefault(key, "NaN"));
  }

  private double score(String key) {
    return scores.getOrDefault(key, Double.NaN);
  }

  private double seconds(String key) {
    return score(key) / 1000;
  }

  private static void row(String measure, double ours, double bare, String target) {
    System.out.printf(
        Locale.ROOT, "%-44s %12.2f %12.2f %8.2f  %s%n", measure, ours, bare, ours / bare, target);
  }
}
