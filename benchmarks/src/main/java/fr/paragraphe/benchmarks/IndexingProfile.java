/*
 *   benchmarks/indexing-profile [CORPUS] [RECORDING.jfr]   # default: all of ELTeC, indexing.jfr
 *   benchmarks/indexing-profile RECORDING.jfr              # the tables of an earlier recording
 */
package fr.paragraphe.benchmarks;

import fr.paragraphe.IndexingOptions;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.Source;
import fr.paragraphe.input.ParagraphMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR profile of paragraphe indexing a corpus on one thread, as {@code index-cli index} would
 * into a new index on disk: one unrecorded run to compile the code, two recorded. Prints where the
 * samples fall, grouped by job (char filter, tokenizer, each filter, hash, postings...), then the
 * top methods by own time and by subtree.
 */
public final class IndexingProfile {
  /** The job of a stack frame: the first rule its class and method match, innermost frame first. */
  private record Job(String name, Predicate<String> frame) {}

  private static final List<Job> JOBS =
      List.of(
          new Job("char filter", contains("analysis.charfilter.")),
          new Job("tokenizer", contains("analysis.standard.")),
          new Job("elision", contains("ElisionFilter")),
          new Job("lower case", contains("LowerCaseFilter")),
          new Job("folding", contains("AsciiFolding").or(contains("ASCIIFoldingFilter"))),
          new Job("stemming", contains("FrenchLightStem")),
          new Job("pairs", contains("commongrams.")),
          new Job("stored fields", contains("StoredFields").or(contains("compressing."))),
          new Job("doc values", contains("DocValues")),
          new Job("norms", contains("Norms")),
          new Job(
              "postings",
              contains("Postings")
                  .or(contains("blocktree."))
                  .or(contains("ForUtil"))
                  .or(contains("FreqProx"))
                  .or(contains("TermsHash"))
                  .or(contains("BytesRefHash"))
                  .or(contains("ByteBlockPool"))
                  .or(contains("ByteSlice"))),
          new Job("Lucene indexing chain (rest)", contains("org.apache.lucene.index.")),
          new Job("cutting into paragraphs", contains("fr.paragraphe.input.")),
          new Job("paragraphe (rest)", contains("fr.paragraphe.")));

  private IndexingProfile() {}

  private static Predicate<String> contains(String part) {
    return frame -> frame.contains(part);
  }

  public static void main(String[] args) throws IOException, ParseException {
    if (args.length == 1 && args[0].endsWith(".jfr")) {
      print(Path.of(args[0]));
      return;
    }
    String corpus = args.length > 0 ? args[0] : "../shared/corpora/eltec-fra.paragraphs.txt.gz";
    Path output = Path.of(args.length > 1 ? args[1] : "indexing.jfr");
    String text = String.join("\n", Corpus.paragraphs(corpus, Integer.MAX_VALUE));
    System.out.printf(Locale.ROOT, "warm-up: %.1f s%n", index(text));
    try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
      recording.start();
      for (int run = 1; run <= 2; run++) {
        System.out.printf(Locale.ROOT, "recorded run %d: %.1f s%n", run, index(text));
      }
      recording.stop();
      recording.dump(output);
    }
    print(output);
  }

  /** Indexes the text into a new index on disk on one thread: the seconds it took. */
  private static double index(String text) throws IOException {
    Path directory = Files.createTempDirectory("indexing-profile");
    try {
      long start = System.nanoTime();
      try (ParagraphIndex index = ParagraphIndex.openOrCreate(directory.resolve("index"))) {
        index.add(
            List.of(Source.text("corpus", text)),
            IndexingOptions.DEFAULT.withThreads(1).withMode(ParagraphMode.LINES));
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      DiskIndex.delete(directory);
    }
  }

  /** The samples of a recording by phase and job, then the top methods. */
  static void print(Path recording) throws IOException {
    Map<String, Integer> jobs = new HashMap<>();
    Map<String, Integer> own = new HashMap<>();
    Map<String, Integer> subtree = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      List<String> frames =
          event.getStackTrace().getFrames().stream()
              .filter(RecordedFrame::isJavaFrame)
              .map(
                  frame ->
                      frame.getMethod().getType().getName() + "." + frame.getMethod().getName())
              .toList();
      if (frames.isEmpty()) {
        continue;
      }
      samples++;
      jobs.merge(phase(frames) + job(frames), 1, Integer::sum);
      own.merge(frames.get(0), 1, Integer::sum);
      for (String method : new HashSet<>(frames)) {
        subtree.merge(method, 1, Integer::sum);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d execution samples. By phase and job (innermost frame that names one):%n",
        samples);
    printTop(jobs, samples, 40);
    System.out.printf(Locale.ROOT, "%nTop methods by own time:%n");
    printTop(own, samples, 25);
    System.out.printf(
        Locale.ROOT, "%nTop methods by subtree (own time and everything they call):%n");
    printTop(subtree, samples, 70);
  }

  /**
   * Merging and writing a segment (flush) happen under the same codec classes as adding: told apart
   * by the outer frames.
   */
  private static String phase(List<String> frames) {
    Set<String> methods = new HashSet<>(frames);
    if (methods.stream().anyMatch(m -> m.contains("SegmentMerger") || m.endsWith("Writer.merge"))) {
      return "merging: ";
    }
    if (methods.stream().anyMatch(m -> m.contains("DocumentsWriterPerThread.flush"))) {
      return "flush: ";
    }
    if (methods.stream().anyMatch(m -> m.contains("IndexWriter.commit"))) {
      return "commit: ";
    }
    return "adding: ";
  }

  /**
   * The job of the innermost frame that names one; Lucene's utilities (CharArrayMap, IndexOutput,
   * attributes...) name none, so they count for their caller. The duplicate hash normalises text
   * with the chain's helpers: all of it counts as hash.
   */
  private static String job(List<String> frames) {
    if (frames.stream().anyMatch(frame -> frame.contains("IndexedParagraph.hashOf"))) {
      return "hash";
    }
    for (String frame : frames) {
      for (Job job : JOBS) {
        if (job.frame().test(frame)) {
          return job.name();
        }
      }
    }
    return "other (" + frames.get(frames.size() - 1) + ")";
  }

  private static void printTop(Map<String, Integer> counts, int samples, int limit) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
    sorted.forEach(
        (name, count) ->
            System.out.printf(
                Locale.ROOT, "%6.1f%%  %6d  %s%n", 100.0 * count / samples, count, name));
  }
}
