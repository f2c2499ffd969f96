/*
 * How to run (from the repository root; needs a JDK 21+, which benchmarks/run finds by itself):
 *
 *   benchmarks/run IndexingBenchmark                                   # defaults below, a few minutes
 *   benchmarks/run IndexingBenchmark -p paragraphs=20000 -f 1 -wi 1 -i 2   # a quick look
 *   benchmarks/run IndexingBenchmark -p corpus=/path/to/file.txt.gz        # another corpus
 *
 * The corpus is gzip UTF-8 text, one paragraph per line (see ../shared/corpora/README.md). All benchmarks
 * index the same first `paragraphs` lines, in memory, with one commit; bareLucene (paragraphe's analyzer),
 * stockLucene (FrenchAnalyzer) and paragrapheOneThread on one thread, paragraphe on its default threads (two on
 * two cores); read the result as a ratio of times (benchmarks/README.md).
 */
package fr.paragraphe.benchmarks;

import fr.paragraphe.IndexingOptions;
import fr.paragraphe.IndexingReport;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.Source;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.input.ParagraphMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
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
 * Indexing time of paragraphe against bare Lucene doing the same work, and against stock Lucene.
 */
// One call indexes the whole sample and takes seconds: time each call, not a loop of them.
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Two forks catch a JIT or heap-layout outlier; a fixed heap keeps heap resizing out of the
// comparison.
@Fork(
    value = 2,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class IndexingBenchmark {

  /**
   * Gzip text, one paragraph per line; relative: from the working directory, else from the
   * repository root. Several files are read in order: separate them by + (JMH splits -p values on
   * commas).
   */
  @Param("../shared/corpora/eltec-fra.paragraphs.txt.gz")
  public String corpus;

  /** How many non-blank lines of the corpus to index. */
  @Param("50000")
  public int paragraphs;

  /** The sample as one text, one paragraph per line: the input of both benchmarks. */
  private String text;

  @Setup(Level.Trial)
  public void readCorpus() throws IOException {
    text = String.join("\n", Corpus.paragraphs(corpus, paragraphs)) + "\n";
  }

  /**
   * The product's API: analysis that keeps every word, duplicate hash, source and number, one
   * commit; on the default threads (two on two cores).
   */
  @Benchmark
  public IndexingReport paragraphe() {
    return paragraphe(IndexingOptions.DEFAULT);
  }

  /** The same on one thread, as bareLucene: what the threads buy. */
  @Benchmark
  public IndexingReport paragrapheOneThread() {
    return paragraphe(IndexingOptions.DEFAULT.withThreads(1));
  }

  private IndexingReport paragraphe(IndexingOptions options) {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      return index.add(List.of(Source.text("corpus", text)), options.withMode(ParagraphMode.LINES));
    }
  }

  /**
   * Bare Lucene doing the same work: paragraphe's analyzer and text field (stored, positions), one
   * thread, one document per line, one commit; none of the rest (cutting, hash, source and number,
   * doc values).
   */
  @Benchmark
  public int bareLucene() throws IOException {
    return lucene(
        new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX), BareLucene.TEXT_TYPE);
  }

  /**
   * The same as bareLucene on two threads, each adding half of the lines, and the buffers flushed
   * in parallel as paragraphe does: what the second core gives any Lucene indexing on this machine,
   * the ceiling for the 1.6x target.
   */
  @Benchmark
  public int bareLuceneTwoThreads() throws Exception {
    IndexWriterConfig config =
        new IndexWriterConfig(new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX))
            .setCommitOnClose(false);
    List<String> lines = text.lines().toList();
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, config);
        ExecutorService threads = Executors.newFixedThreadPool(2)) {
      List<Future<?>> halves = new ArrayList<>();
      int middle = lines.size() / 2;
      for (List<String> half :
          List.of(lines.subList(0, middle), lines.subList(middle, lines.size()))) {
        halves.add(
            threads.submit(
                () -> {
                  for (String line : half) {
                    Document doc = new Document();
                    doc.add(new Field("text", line, BareLucene.TEXT_TYPE));
                    writer.addDocument(doc);
                  }
                  while (writer.flushNextBuffer()) {
                    // as LuceneSink.flush
                  }
                  return null;
                }));
      }
      for (Future<?> half : halves) {
        half.get();
      }
      writer.commit();
      return writer.getDocStats().numDocs;
    }
  }

  /** Lucene as shipped: stock FrenchAnalyzer, one stored text field with positions, one commit. */
  @Benchmark
  public int stockLucene() throws IOException {
    return lucene(new FrenchAnalyzer(), TextField.TYPE_STORED);
  }

  private int lucene(Analyzer analyzer, FieldType type) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setCommitOnClose(false);
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (Iterator<String> lines = text.lines().iterator(); lines.hasNext(); ) {
        Document doc = new Document();
        doc.add(new Field("text", lines.next(), type));
        writer.addDocument(doc);
      }
      writer.commit();
      return writer.getDocStats().numDocs;
    }
  }
}
