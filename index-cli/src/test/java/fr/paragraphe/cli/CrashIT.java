package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.paragraphe.ParagraphIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * index-cli killed with SIGKILL at a random moment, while it indexes or removes: the index must
 * open, pass CheckIndex and hold exactly the last completed commit, every source whole in one
 * version; indexing again then completes. The kill moments come from a seeded Random: rerun with
 * {@code -Dcrash.seed=N} to replay a failure, and {@code -Dcrash.kills=N} for more kills
 * (index-cli/crash-test runs 50).
 */
class CrashIT {
  private static final int KILLS = Integer.getInteger("crash.kills", 10);
  private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

  /** The link through which each version is indexed. */
  private static final String CURRENT = "current";

  @TempDir Path work;
  private Path index;
  private final Random random = new Random(SEED);
  private String replay;

  @BeforeAll
  static void onceIsEnough() {
    assumeFalse(
        "0".equals(System.getenv("INDEX_CLI_FAST_START")),
        "about the index, not the start of the JVM, and long: it runs once, in the execution with the fast start");
  }

  @BeforeEach
  void writeBothVersionsOfTheCorpus() throws IOException {
    Corpus.write(work.resolve("A"), 'A');
    Corpus.write(work.resolve("B"), 'B');
    index = work.resolve("index");
    replay = " (replay with -Dcrash.seed=" + SEED + ")";
    System.out.printf(
        Locale.ROOT, "%s: seed %d, %d kills%n", getClass().getSimpleName(), SEED, KILLS);
  }

  @Test
  void aKilledIndexingRunLeavesTheLastCommitWhole() throws Exception {
    long millis = timed(() -> assertEquals(0, indexVersion('A').waitFor()));
    char committed = assertHoldsOneWholeVersion("after a complete run", 'A');
    int newer = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      char next = committed == 'A' ? 'B' : 'A';
      // Odd kills at a random moment of the run; even kills at the commit itself, which random
      // moments under
      // load almost never reach (a loaded run takes longer than the measured one).
      boolean atCommit = kill % 2 == 0;
      long delay = random.nextLong(millis + millis / 5);
      int exit = atCommit ? killAtCommit(indexVersion(next)) : killAfter(indexVersion(next), delay);
      String moment = atCommit ? "at the commit" : "after " + delay + " ms";
      committed =
          assertHoldsOneWholeVersion("kill " + kill + " " + moment + ", exit " + exit, null);
      if (exit == 0) {
        assertEquals(next, committed, "a completed run must be committed" + replay);
      }
      newer += committed == next ? 1 : 0;
      System.out.printf(
          Locale.ROOT,
          "kill %d %s (run of %d ms): exit %d, index holds version %s%n",
          kill,
          moment,
          millis,
          exit,
          committed);
    }
    char last = committed == 'A' ? 'B' : 'A';
    assertEquals(0, indexVersion(last).waitFor(), "indexing again after the kills" + replay);
    assertHoldsOneWholeVersion("after indexing again", last);
    System.out.printf(
        Locale.ROOT,
        "%d kills while indexing: %d left the run committed, 0 failures%n",
        KILLS,
        newer);
  }

  @Test
  void aKilledRemovalRemovesAllOrNothing() throws Exception {
    assertEquals(0, indexVersion('A').waitFor());
    long millis = timed(() -> assertEquals(0, removeAll().waitFor()));
    assertEquals(0, indexVersion('A').waitFor());
    int removed = 0;
    for (int kill = 1; kill <= Math.max(3, KILLS / 2); kill++) {
      long delay = random.nextLong(millis + millis / 5);
      int exit = killAfter(removeAll(), delay);
      Map<String, String> sources =
          sources("kill " + kill + " of remove after " + delay + " ms, exit " + exit);
      if (sources.isEmpty()) {
        removed++;
        assertEquals(0, indexVersion('A').waitFor(), "indexing again after a kill" + replay);
      } else {
        assertTrue(exit != 0, "a completed removal must be committed" + replay);
        assertHoldsOneWholeVersion("kill " + kill + " of remove", 'A');
      }
      System.out.printf(
          Locale.ROOT,
          "remove kill %d after %d ms of %d: exit %d, %s%n",
          kill,
          delay,
          millis,
          exit,
          sources.isEmpty() ? "all removed" : "none removed");
    }
    System.out.printf(
        Locale.ROOT,
        "%d kills while removing: %d left the removal committed, 0 failures%n",
        Math.max(3, KILLS / 2),
        removed);
  }

  /**
   * Indexes one version of the corpus through the link {@code current}, pointed at it first: both
   * versions are then the same sources (a file is named by its path, links not resolved).
   */
  private Process indexVersion(char version) throws IOException {
    Path current = work.resolve(CURRENT);
    Files.deleteIfExists(current);
    Files.createSymbolicLink(current, work.resolve(String.valueOf(version)));
    return CliProcess.start(
        work, "index", "--quiet", "--index", index.toString(), CURRENT + "/corpus");
  }

  private Process removeAll() throws IOException {
    List<String> args = new ArrayList<>(List.of("remove", "--index", index.toString()));
    for (int file = 0; file < Corpus.FILES; file++) {
      args.add(CURRENT + "/" + Corpus.name(file));
    }
    return CliProcess.start(work, args.toArray(String[]::new));
  }

  /**
   * SIGKILL as soon as Lucene starts writing a commit: IndexWriter writes {@code
   * pending_segments_N}, syncs, then renames it to {@code segments_N}, and this lands between the
   * two (or, at the latest, just after). Returns the exit code (0 if the run ended before it could
   * be killed).
   */
  private int killAtCommit(Process process) throws InterruptedException {
    while (process.isAlive()) {
      try (Stream<Path> files = Files.list(index)) {
        if (files.anyMatch(file -> file.getFileName().toString().startsWith("pending_segments"))) {
          process.destroyForcibly();
          break;
        }
      } catch (IOException e) {
        // Not created yet, or a file vanished while listed: look again.
      }
    }
    return process.waitFor();
  }

  /**
   * SIGKILL (destroyForcibly, on Linux) after {@code millis}, unless the process ended before; its
   * exit code.
   */
  private static int killAfter(Process process, long millis) throws InterruptedException {
    if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
    }
    return process.waitFor();
  }

  /**
   * Checks that the index is sound and holds every source of the corpus, each whole and all in the
   * same version (one run is one commit), and returns that version.
   */
  private char assertHoldsOneWholeVersion(String when, Character expected) throws IOException {
    Map<String, String> sources = sources(when);
    assertEquals(Corpus.FILES, sources.size(), when + ": sources " + sources.keySet() + replay);
    char version = sources.get(Corpus.name(0)).charAt(0);
    for (int file = 0; file < Corpus.FILES; file++) {
      String name = Corpus.name(file);
      assertEquals(
          version + ":" + Corpus.paragraphs(file, version),
          sources.get(name),
          when + ": " + name + replay);
    }
    if (expected != null) {
      assertEquals(expected.charValue(), version, when + replay);
    }
    return version;
  }

  /**
   * After checking that the index opens and passes CheckIndex: each source, with the version of its
   * paragraphs and their count ({@code A:43}), or {@code mixed:N} for a source half-replaced.
   */
  private Map<String, String> sources(String when) throws IOException {
    assertEquals(List.of(), ParagraphIndex.check(index), when + replay);
    try (ParagraphIndex opened = ParagraphIndex.open(index)) {
      opened.stats();
    }
    Map<String, Character> versions = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader segment = leaf.reader();
        Bits live = segment.getLiveDocs();
        StoredFields fields = segment.storedFields();
        // The source is in doc values only (index format 3).
        SortedDocValues sourceNames = DocValues.getSorted(segment, "source");
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document paragraph = fields.document(doc);
            assertTrue(sourceNames.advanceExact(doc), "a paragraph without source: " + doc);
            String source =
                sourceNames
                    .lookupOrd(sourceNames.ordValue())
                    .utf8ToString()
                    .replace(work.resolve(CURRENT) + "/", "");
            char version = Character.toUpperCase(paragraph.get("text").charAt("Version".length()));
            versions.merge(source, version, (a, b) -> a.equals(b) ? a : '?');
            counts.merge(source, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, String> sources = new TreeMap<>();
    versions.forEach(
        (source, version) ->
            sources.put(source, (version == '?' ? "mixed" : version) + ":" + counts.get(source)));
    return sources;
  }

  private static long timed(Action action) throws Exception {
    long start = System.nanoTime();
    action.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  @FunctionalInterface
  private interface Action {
    void run() throws Exception;
  }
}
