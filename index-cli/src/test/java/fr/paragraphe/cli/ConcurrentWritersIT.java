package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.cli.CliProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two index-cli processes on one index: one writes, the other is refused at once; queries see the
 * last commit.
 */
class ConcurrentWritersIT {
  @TempDir Path work;

  @Test
  void aSecondWriterIsRefusedAtOnceWhileQueriesSeeTheLastCommit() throws Exception {
    Files.createDirectories(work.resolve("seeds"));
    Files.copy(CliProcess.SEEDS.resolve("000_de5b8be049ad9072.txt"), work.resolve("seeds/a.txt"));
    assertEquals(0, CliProcess.run(work, "index", "seeds").exitCode());
    // Both versions of the corpus: a run long enough for another JVM to start on a loaded machine.
    Corpus.write(work, 'A');
    Corpus.write(work.resolve("more"), 'B');

    Process first = CliProcess.start(work, "index", "--quiet", "corpus", "more/corpus");
    try {
      IndexLock.awaitHeld(work.resolve(".paragraphe"), first);
      assertTrue(
          first.isAlive(),
          "the first run ended before the second could start: make the corpus larger");

      long start = System.nanoTime();
      Result second = CliProcess.run(work, "index", "seeds");
      assertEquals(
          new Result(
              2,
              "",
              "index-cli: the index .paragraphe is being written by another process; try again when it has"
                  + " finished\n"),
          second);

      Result during = CliProcess.run(work, "query", "versiona");
      if (first.isAlive()) { // else the run may have committed before the query read the index
        assertEquals(1, during.exitCode(), "the run under way is not visible");
      }
      assertEquals(
          0, CliProcess.run(work, "query", "Mossoul").exitCode(), "the last commit is searchable");
      System.out.printf(
          "second writer refused after %d ms%n", (System.nanoTime() - start) / 1_000_000);
    } finally {
      assertTrue(first.waitFor(120, TimeUnit.SECONDS));
    }
    assertEquals(0, first.exitValue(), "the first run completes");
    assertEquals(0, CliProcess.run(work, "query", "versiona").exitCode());
  }
}
