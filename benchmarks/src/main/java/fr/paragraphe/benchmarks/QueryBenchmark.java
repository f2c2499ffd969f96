/*
 *   benchmarks/run QueryBenchmark                                    # 1M paragraphs, ELTeC then Littré
 *   benchmarks/run QueryBenchmark -p paragraphs=50000 -f 1 -wi 1 -i 2  # the short run of benchmarks/short
 *
 * Each trial opens the index its benchmark needs, built by the first trial that needed it (BuiltIndexes), prints
 * its size, build time and total matches, then times one phrase query per call, cycling through 20 phrases
 * sampled from the indexed text.
 */
package fr.paragraphe.benchmarks;

import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import fr.paragraphe.Source;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.input.ParagraphMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Phrase-query latency, one query per call: paragraphe's {@code searchPhrase} (exact phrase, every
 * word kept) against an IndexSearcher and a PhraseQuery built by hand, over an index of
 * paragraphe's analyzer and text field (bareLucene: the same work) and over a stock-FrenchAnalyzer
 * index (stockLucene: stop words dropped, so its phrases are loose). Each counts every match and
 * fetches the text of the top 10.
 */
// SampleTime keeps the time of each call: p50 and p99 in the result.
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class QueryBenchmark {

  /**
   * Gzip text, one paragraph per line; several files separated by commas are read in order (on the
   * command line, separate them by + instead: JMH splits -p values on commas).
   */
  @Param(Corpus.DEFAULT)
  public String corpus;

  /** How many paragraphs the index holds. */
  @Param("1000000")
  public int paragraphs;

  /** Words per phrase. */
  @Param({"2", "3", "4"})
  public int words;

  /**
   * {@code common}: at least one of the 12 most frequent words; {@code rare}: no French stop word
   * at all.
   */
  @Param({"common", "rare"})
  public String kind;

  private static final int PHRASES = 20;

  private List<String> phrases;
  private int next;
  private ParagraphIndex paragraphe;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private final Analyzer stock = new FrenchAnalyzer();
  private Analyzer queryAnalyzer;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) throws IOException {
    List<String> sample = Corpus.paragraphs(corpus, paragraphs);
    phrases = sample(sample, words, kind.equals("common"));
    // Without this the searchers would cache the results of these few phrases, repeated thousands
    // of times,
    // and measure the cache: DESIGN.md's reference figures were taken with the query cache off too.
    IndexSearcher.setDefaultQueryCache(null);
    String engine = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    String key = engine + "-" + paragraphs + "-" + Integer.toHexString(corpus.hashCode());
    BuiltIndexes.Built built;
    if (engine.equals("paragraphe")) {
      built =
          BuiltIndexes.get(
              key,
              directory -> {
                try (ParagraphIndex index = ParagraphIndex.openOrCreate(directory)) {
                  index.add(
                      List.of(Source.text("corpus", String.join("\n", sample))),
                      ParagraphMode.LINES);
                }
              });
      paragraphe = ParagraphIndex.open(built.directory());
    } else {
      boolean bare = engine.equals("bareLucene");
      queryAnalyzer =
          bare ? new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.EXACT_PHRASE) : stock;
      Analyzer indexAnalyzer =
          bare ? new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX) : stock;
      FieldType type = bare ? BareLucene.TEXT_TYPE : TextField.TYPE_STORED;
      built =
          BuiltIndexes.get(
              key,
              directory -> {
                try (FSDirectory dir = FSDirectory.open(directory);
                    IndexWriter writer =
                        new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer))) {
                  for (String paragraph : sample) {
                    Document doc = new Document();
                    doc.add(new Field("text", paragraph, type));
                    writer.addDocument(doc);
                  }
                  writer.commit();
                }
              });
      reader = DirectoryReader.open(FSDirectory.open(built.directory()));
      searcher = new IndexSearcher(reader);
    }
    long matches = 0;
    for (int i = 0; i < PHRASES; i++) {
      matches += engine.equals("paragraphe") ? paragraphe().total() : lucene();
    }
    System.out.printf(
        Locale.ROOT,
        "%nRESULT index %s paragraphs=%d text_mb=%.1f index_mb=%.1f build_s=%.1f%n",
        engine,
        sample.size(),
        Corpus.megabytes(sample),
        BuiltIndexes.size(built.directory()) / 1e6,
        built.seconds());
    System.out.printf(
        Locale.ROOT,
        "RESULT matches %s words=%d kind=%s phrases=%d matches=%d e.g. \"%s\"%n",
        engine,
        words,
        kind,
        PHRASES,
        matches,
        phrases.get(0));
  }

  /** The index stays for the next trials ({@link BuiltIndexes}). */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (paragraphe != null) {
      paragraphe.close();
    }
    if (reader != null) {
      reader.close();
    }
  }

  /** The product: exact phrase, exact count, top 10 with highlights and duplicates folded. */
  @Benchmark
  public SearchResult paragraphe() {
    return paragraphe.searchPhrase(nextPhrase(), SearchOptions.DEFAULT);
  }

  /**
   * Bare Lucene doing the same work by hand: paragraphe's analyzer (exact-phrase side) into a
   * PhraseQuery over paragraphe's text field, count, top 10 by score, their stored text.
   */
  @Benchmark
  public long bareLucene() throws IOException {
    return lucene();
  }

  /**
   * Lucene as shipped: the stock analysis of the phrase (its loose phrases: stop words dropped),
   * the same.
   */
  @Benchmark
  public long stockLucene() throws IOException {
    return lucene();
  }

  private long lucene() throws IOException {
    return BareLucene.countAndTopTexts(searcher, queryAnalyzer, nextPhrase());
  }

  private String nextPhrase() {
    String phrase = phrases.get(next);
    next = (next + 1) % phrases.size();
    return phrase;
  }

  /**
   * {@code count} phrases of {@code words} consecutive words from random paragraphs (fixed seed):
   * plain words (letters, apostrophes, inner hyphens) with no punctuation between them; common or
   * rare as {@link #kind}.
   */
  static List<String> sample(List<String> paragraphs, int words, boolean common) {
    CharArraySet stop = FrenchAnalyzer.getDefaultStopSet();
    List<String> commonWords = FrenchParagraphAnalyzer.COMMON_WORDS;
    Random random = new Random(42);
    List<String> phrases = new ArrayList<>();
    for (int tries = 0; phrases.size() < PHRASES && tries < 1_000_000; tries++) {
      String[] tokens = paragraphs.get(random.nextInt(paragraphs.size())).split("\\s+");
      if (tokens.length < words) {
        continue;
      }
      int from = random.nextInt(tokens.length - words + 1);
      boolean plain = true;
      boolean hasCommon = false;
      boolean hasStop = false;
      for (int i = from; i < from + words; i++) {
        String word = tokens[i].toLowerCase(Locale.ROOT);
        plain &= word.matches("\\p{L}+(['’-]\\p{L}+)*");
        hasCommon |= commonWords.contains(word);
        for (String part : word.split("['’]")) {
          hasStop |= stop.contains(part);
        }
      }
      if (plain && (common ? hasCommon : !hasStop)) {
        phrases.add(String.join(" ", List.of(tokens).subList(from, from + words)));
      }
    }
    return phrases;
  }
}
