/*
 *   benchmarks/common-pairs [CORPUS] [PARAGRAPHS] [ROUNDS]   # default: all of ELTeC, 2 rounds
 */
package fr.paragraphe.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * What pairing common words costs and buys, as paragraphe pairs them: for the 0, 2, 4, 6, 8 and 12
 * most frequent words, bare Lucene with paragraphe's chain ({@link PairsAnalyzer}, positions, no
 * offsets): index size, one-thread indexing time, and exact-phrase latency (count, top 10, their
 * stored text; query cache off) over QueryBenchmark's phrases; stock Lucene in the same run.
 */
public final class CommonPairs {
  /** The twelve most frequent words of ELTeC, most frequent first (issue 13). */
  static final List<String> WORDS =
      List.of("de", "la", "et", "le", "à", "il", "les", "un", "en", "que", "je", "des");

  private static final int[] SETS = {0, 2, 4, 6, 8, 12};
  private static final String STOCK = "stock Lucene";
  private static final int[][] KINDS = {{2, 1}, {2, 0}, {3, 1}, {3, 0}, {4, 1}, {4, 0}};

  /** Queries timed per index and kind of phrase in each round (the 20 phrases in turn). */
  private static final int QUERIES = 400;

  private static final int QUERY_ROUNDS = 5;

  /** An index under test: how it analyses text and phrases. */
  private record Engine(String name, String stems, Analyzer index, Analyzer phrase) {}

  private final List<String> paragraphs;
  private final double textMegabytes;
  private final Path work;

  private CommonPairs(List<String> paragraphs, Path work) {
    this.paragraphs = paragraphs;
    this.textMegabytes = Corpus.megabytes(paragraphs);
    this.work = work;
  }

  public static void main(String[] args) throws IOException {
    String corpus = args.length > 0 ? args[0] : "../shared/corpora/eltec-fra.paragraphs.txt.gz";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Path work = Files.createTempDirectory("common-pairs");
    try {
      new CommonPairs(Corpus.paragraphs(corpus, count), work).run(corpus, rounds);
    } finally {
      DiskIndex.delete(work);
    }
  }

  private void run(String corpus, int rounds) throws IOException {
    System.out.printf(
        Locale.ROOT,
        "%s: %,d paragraphs, %.1f MB of text%n",
        corpus,
        paragraphs.size(),
        textMegabytes);
    List<Engine> engines = engines();
    // Warm-up: the first build of a JVM compiles the analysis and indexing code.
    DiskIndex.build(
        work.resolve("warm-up"),
        engines.getLast().index(),
        paragraphs.subList(0, Math.min(paragraphs.size(), 50_000)),
        (number, text) -> document(text));
    DiskIndex.delete(work.resolve("warm-up"));

    // Builds interleaved round by round, so that a slow moment of the machine hits every engine.
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Engine engine : engines) {
        Path path = work.resolve(engine.name());
        DiskIndex.delete(path);
        seconds
            .computeIfAbsent(engine.name(), name -> new ArrayList<>())
            .add(
                DiskIndex.build(
                    path, engine.index(), paragraphs, (number, text) -> document(text)));
        if (round == rounds - 1) {
          DiskIndex.forceMerge(path, engine.index());
          bytes.put(engine.name(), IndexFiles.total(IndexFiles.bytesByExtension(path)));
        }
      }
    }
    printIndexing(engines, seconds, bytes);
    printQueries(engines);
  }

  private List<Engine> engines() throws IOException {
    List<Engine> engines = new ArrayList<>();
    Analyzer stock = new FrenchAnalyzer();
    engines.add(new Engine(STOCK, "(stop words dropped)", stock, stock));
    for (int size : SETS) {
      CharArraySet stems = PairsAnalyzer.stems(WORDS.subList(0, size));
      String name = size == 0 ? "no pairs" : size == WORDS.size() ? "all 12" : "top " + size;
      String shown =
          String.join(" ", stems.stream().map(stem -> new String((char[]) stem)).sorted().toList());
      engines.add(
          new Engine(name, shown, new PairsAnalyzer(stems, false), new PairsAnalyzer(stems, true)));
    }
    return engines;
  }

  /**
   * One text field, stored, positions without offsets: stock Lucene's TextField for every engine.
   */
  private static Document document(String text) {
    Document doc = new Document();
    doc.add(new Field("text", text, TextField.TYPE_STORED));
    return doc;
  }

  /**
   * Sizes, and build times as the fastest build (the one the other processes of a shared machine
   * disturbed least) and the mean, each also as a ratio to stock Lucene's.
   */
  private void printIndexing(
      List<Engine> engines, Map<String, List<Double>> seconds, Map<String, Long> bytes) {
    System.out.printf(
        Locale.ROOT,
        "%nIndexing, one thread, one commit (%d interleaved builds), then merged into one"
            + " segment:%n",
        seconds.get(STOCK).size());
    System.out.printf(
        Locale.ROOT,
        "%-14s %-40s %7s %7s %9s %7s %9s %7s  %s%n",
        "pairs",
        "stems paired",
        "MB/MB",
        "x stock",
        "fastest s",
        "x stock",
        "mean s",
        "x stock",
        "each build, s");
    double stockFastest = fastest(seconds.get(STOCK));
    double stockMean = mean(seconds.get(STOCK));
    for (Engine engine : engines) {
      List<Double> times = seconds.get(engine.name());
      System.out.printf(
          Locale.ROOT,
          "%-14s %-40s %7.3f %7.2f %9.2f %7.2f %9.2f %7.2f  %s%n",
          engine.name(),
          engine.stems(),
          bytes.get(engine.name()) / 1e6 / textMegabytes,
          (double) bytes.get(engine.name()) / bytes.get(STOCK),
          fastest(times),
          fastest(times) / stockFastest,
          mean(times),
          mean(times) / stockMean,
          String.join(
              " ", times.stream().map(time -> String.format(Locale.ROOT, "%.1f", time)).toList()));
    }
  }

  private void printQueries(List<Engine> engines) throws IOException {
    IndexSearcher.setDefaultQueryCache(null);
    Map<String, DirectoryReader> readers = new LinkedHashMap<>();
    for (Engine engine : engines) {
      readers.put(
          engine.name(), DirectoryReader.open(FSDirectory.open(work.resolve(engine.name()))));
    }
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-14s", "pairs"));
    Map<String, StringBuilder> millis = new LinkedHashMap<>();
    Map<String, StringBuilder> ratios = new LinkedHashMap<>();
    Map<String, StringBuilder> matches = new LinkedHashMap<>();
    for (Engine engine : engines) {
      millis.put(
          engine.name(), new StringBuilder(String.format(Locale.ROOT, "%-14s", engine.name())));
      ratios.put(
          engine.name(), new StringBuilder(String.format(Locale.ROOT, "%-14s", engine.name())));
      matches.put(
          engine.name(), new StringBuilder(String.format(Locale.ROOT, "%-14s", engine.name())));
    }
    for (int[] kind : KINDS) {
      boolean common = kind[1] == 1;
      String label = kind[0] + (common ? "w common" : "w rare");
      header.append(String.format(Locale.ROOT, "%18s", label + " p50/p99"));
      List<String> phrases = QueryBenchmark.sample(paragraphs, kind[0], common);
      Map<String, long[]> times = time(engines, readers, phrases, matches);
      double[] stock = percentiles(times.get(STOCK));
      for (Engine engine : engines) {
        double[] p = percentiles(times.get(engine.name()));
        millis
            .get(engine.name())
            .append(String.format(Locale.ROOT, "%18s", format(p[0], p[1], "%.3f")));
        ratios
            .get(engine.name())
            .append(
                String.format(
                    Locale.ROOT, "%18s", format(p[0] / stock[0], p[1] / stock[1], "%.2f")));
      }
    }
    for (DirectoryReader reader : readers.values()) {
      reader.close();
    }
    System.out.printf(
        Locale.ROOT,
        "%nExact phrases, ms (count + top 10 + their stored text; %d queries per index and kind,"
            + " in %d interleaved rounds, after a warm-up):%n%s%n",
        QUERIES * QUERY_ROUNDS,
        QUERY_ROUNDS,
        header);
    millis.values().forEach(System.out::println);
    System.out.printf(Locale.ROOT, "%nThe same, x stock Lucene:%n%s%n", header);
    ratios.values().forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "%nMatches of the 20 phrases of each kind (every set of pairs must find the same):%n%s%n",
        header.toString().replace(" p50/p99", "        "));
    matches.values().forEach(System.out::println);
  }

  /** Nanoseconds of each query, per engine, rounds interleaved; the match counts noted. */
  private Map<String, long[]> time(
      List<Engine> engines,
      Map<String, DirectoryReader> readers,
      List<String> phrases,
      Map<String, StringBuilder> matches)
      throws IOException {
    Map<String, long[]> times = new LinkedHashMap<>();
    for (Engine engine : engines) {
      IndexSearcher searcher = new IndexSearcher(readers.get(engine.name()));
      long total = 0;
      for (String phrase : phrases) {
        total += searcher.count(BareLucene.phraseQuery(engine.phrase(), phrase));
      }
      matches.get(engine.name()).append(String.format(Locale.ROOT, "%18d", total));
      // Warm-up, a second of this kind's queries.
      for (long end = System.nanoTime() + 1_000_000_000L, i = 0; System.nanoTime() < end; i++) {
        BareLucene.countAndTopTexts(
            searcher, engine.phrase(), phrases.get((int) (i % phrases.size())));
      }
      times.put(engine.name(), new long[QUERIES * QUERY_ROUNDS]);
    }
    for (int round = 0; round < QUERY_ROUNDS; round++) {
      for (Engine engine : engines) {
        IndexSearcher searcher = new IndexSearcher(readers.get(engine.name()));
        long[] nanos = times.get(engine.name());
        for (int i = 0; i < QUERIES; i++) {
          long start = System.nanoTime();
          BareLucene.countAndTopTexts(searcher, engine.phrase(), phrases.get(i % phrases.size()));
          nanos[round * QUERIES + i] = System.nanoTime() - start;
        }
      }
    }
    return times;
  }

  /** p50 and p99 in milliseconds. */
  private static double[] percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new double[] {
      sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6
    };
  }

  private static String format(double p50, double p99, String number) {
    return String.format(Locale.ROOT, number + " / " + number, p50, p99);
  }

  private static double fastest(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }
}
