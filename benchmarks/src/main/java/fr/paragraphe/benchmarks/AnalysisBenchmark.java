/*
 *   benchmarks/run AnalysisBenchmark                          # defaults below
 *   benchmarks/run AnalysisBenchmark -p paragraphs=20000 -f 1  # a quick look
 *
 * MB/s = the "sample: ... MB" line printed at set-up / (Score in ms / 1000).
 */
package fr.paragraphe.benchmarks;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Analysis alone, one thread: the chain paragraphe indexes with against Lucene's stock
 * FrenchAnalyzer.
 */
// One call analyses the whole sample (tens of ms to seconds): the mean time of a call.
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class AnalysisBenchmark {

  /**
   * Gzip text, one paragraph per line; several files separated by commas are read in order (on the
   * command line, separate them by + instead: JMH splits -p values on commas).
   */
  @Param("../shared/corpora/eltec-fra.paragraphs.txt.gz")
  public String corpus;

  @Param("20000")
  public int paragraphs;

  private List<String> sample;
  private Analyzer ours;
  private Analyzer stock;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    sample = Corpus.paragraphs(corpus, paragraphs);
    System.out.printf("sample: %d paragraphs, %.2f MB%n", sample.size(), Corpus.megabytes(sample));
    ours = new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX);
    stock = new FrenchAnalyzer();
  }

  /** Every word kept, folding, pairs of common words: what IndexWriter gets from paragraphe. */
  @Benchmark
  public long paragrapheIndexChain() throws IOException {
    return analyse(ours);
  }

  /** Lucene as shipped: stop words dropped, no folding before the stemmer, no pairs. */
  @Benchmark
  public long stockFrenchAnalyzer() throws IOException {
    return analyse(stock);
  }

  /**
   * Reads every term, as IndexWriter does; the sum of lengths keeps the JIT from skipping the work.
   */
  private long analyse(Analyzer analyzer) throws IOException {
    long chars = 0;
    for (String paragraph : sample) {
      try (TokenStream tokens = analyzer.tokenStream("text", paragraph)) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          chars += term.length();
        }
        tokens.end();
      }
    }
    return chars;
  }
}
