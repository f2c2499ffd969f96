/*
 * How to run (from the repository root; needs a JDK 21+, which benchmarks/run finds by itself):
 *
 *   benchmarks/run IndexingBenchmark                                   # defaults below, a few minutes
 *   benchmarks/run IndexingBenchmark -p paragraphs=20000 -f 1 -wi 1 -i 2   # a quick look
 *   benchmarks/run IndexingBenchmark -p corpus=/path/to/file.txt.gz        # another corpus
 *
 * The corpus is gzip UTF-8 text, one paragraph per line (see ../shared/corpora/README.md). Both benchmarks
 * index the same first `paragraphs` lines, in memory, on one thread, with one commit; read the result as
 * paragraphe time / bareLucene time (benchmarks/README.md).
 */
package fr.paragraphe.benchmarks;

import fr.paragraphe.IndexingReport;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.Source;
import fr.paragraphe.input.ParagraphMode;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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

/** Indexing time of paragraphe against bare Lucene doing the same work on the same paragraphs. */
// One call indexes the whole sample and takes seconds: time each call, not a loop of them.
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Two forks catch a JIT or heap-layout outlier; a fixed heap keeps heap resizing out of the comparison.
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class IndexingBenchmark {

  /** Gzip text, one paragraph per line; relative: from the working directory, else from the repository root. */
  @Param("../shared/corpora/eltec-fra.paragraphs.txt.gz")
  public String corpus;

  /** How many non-blank lines of the corpus to index. */
  @Param("50000")
  public int paragraphs;

  /** The sample as one text, one paragraph per line: the input of both benchmarks. */
  private String text;

  @Setup(Level.Trial)
  public void readCorpus() throws IOException, URISyntaxException {
    Path file = locate(corpus);
    StringBuilder sample = new StringBuilder();
    int read = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null && read < paragraphs; line = lines.readLine()) {
        // ParagraphMode.LINES skips blank lines; skip them here too so both index the same paragraphs.
        if (!line.isBlank()) {
          sample.append(line).append('\n');
          read++;
        }
      }
    }
    if (read < paragraphs) {
      System.out.printf("note: %s has only %d paragraphs, indexing them all%n", file, read);
    }
    text = sample.toString();
  }

  /** The product's API: analysis that keeps every word, offsets, duplicate hash, ids, one commit. */
  @Benchmark
  public IndexingReport paragraphe() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      return index.add(List.of(Source.text("corpus", text)), ParagraphMode.LINES);
    }
  }

  /** Lucene as shipped: stock FrenchAnalyzer, one stored text field with positions, one commit. */
  @Benchmark
  public int bareLucene() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new FrenchAnalyzer()).setCommitOnClose(false);
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (Iterator<String> lines = text.lines().iterator(); lines.hasNext(); ) {
        Document doc = new Document();
        doc.add(new TextField("text", lines.next(), Field.Store.YES));
        writer.addDocument(doc);
      }
      writer.commit();
      return writer.getDocStats().numDocs;
    }
  }

  /**
   * The default path is relative to the repository root, but JMH may be started from elsewhere: a relative
   * path is tried from the working directory, then from the root of the checkout that holds this code
   * (benchmarks/target/benchmarks.jar or benchmarks/target/classes, three levels down).
   */
  private static Path locate(String corpus) throws FileNotFoundException, URISyntaxException {
    Path given = Path.of(corpus).toAbsolutePath().normalize();
    Path code = Path.of(IndexingBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path fromRoot = code.resolve("../../..").resolve(corpus).normalize();
    for (Path candidate : List.of(given, fromRoot)) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new FileNotFoundException(
        "corpus absent: " + corpus + " is not a file (looked for " + given
            + (fromRoot.equals(given) ? "" : " and " + fromRoot) + "). Pass a gzip corpus, one paragraph a line,"
            + " with -p corpus=/path/to/file.txt.gz (see shared/corpora/README.md)");
  }
}
