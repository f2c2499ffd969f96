package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.cli.CliProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start cache of bin/index-cli (bin/fast-start.sh), on a copy of the built launcher so that the
 * real one is left alone: whatever state the cache is in, every command answers as without it and
 * says nothing about it.
 */
class StartCacheIT {
  private static final Map<String, String> FAST_START = Map.of("INDEX_CLI_FAST_START", "1");
  private static final String QUERY = "\"rive gauche du Tigre\"";

  @TempDir Path temp;
  private Path install;
  private Path launcher;
  private Path cache;
  private Path work;

  @BeforeEach
  void copyTheBuiltLauncherAndSeeds() throws IOException {
    install = temp.resolve("index-cli");
    launcher = install.resolve("bin/index-cli");
    cache = install.resolve("target/start-cache");
    Files.createDirectories(install.resolve("target/lib"));
    copy(Path.of("bin"), install.resolve("bin"));
    copy(Path.of("target/lib"), install.resolve("target/lib"));
    Files.copy(Path.of("target/index-cli.jar"), install.resolve("target/index-cli.jar"));
    work = temp.resolve("work");
    Files.createDirectories(work.resolve("seeds"));
    copy(CliProcess.SEEDS, work.resolve("seeds"));
  }

  @Test
  void aMissingOrStaleCacheIsMadeAgainWithoutAWord() throws Exception {
    Result indexed = run("index", "seeds");
    assertEquals(
        new Result(0, "indexed 11 paragraphs from 1 source into .paragraphe\n", ""), indexed);
    String first = awaitCache(null);
    Result without = run("query", QUERY);
    assertClean(without);

    // A rebuilt jar: the cache no longer fits (JDK 25.0.3 itself would still use it, old classes
    // and all).
    Path jar = install.resolve("target/index-cli.jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(2)));
    assertEquals(without, run("query", QUERY));
    String second = awaitCache(first);
    assertNotEquals(first, second);
    assertFalse(Files.exists(cache.resolve(first)), "the stale cache is removed");
    assertEquals(without, run("query", QUERY));

    // A cache the JVM refuses (here: damaged) is passed over in silence.
    Files.write(
        cache.resolve(second), new byte[] {'n', 'o', 't', ' ', 'a', ' ', 'c', 'a', 'c', 'h', 'e'});
    assertEquals(without, run("query", QUERY));
    assertEquals(
        new Result(
            2,
            "",
            "index-cli: no index in nowhere; build one with: index-cli index --index nowhere PATH...\n"),
        run("query", "--index", "nowhere", "Tigre"));
  }

  @Test
  void aCacheThatCannotBeWrittenIsNoProblem() throws Exception {
    // What mkdir makes of a read-only target/ (chmod alone does not stop root, who may run this).
    Files.writeString(cache, "not a directory");
    assertEquals(0, run("index", "seeds").exitCode());
    assertClean(run("query", QUERY));
    assertClean(run("query", QUERY));
    assertEquals("not a directory", Files.readString(cache));
  }

  @Test
  void concurrentRunsWhileTheCacheIsMadeAllAnswer() throws Exception {
    assertEquals(0, run("index", "seeds").exitCode());
    Result expected = run("query", QUERY);
    assertClean(expected);
    String made = null;
    for (int round = 0; round < 2; round++) {
      List<CompletableFuture<Result>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(CompletableFuture.supplyAsync(() -> runUnchecked("query", QUERY)));
      }
      for (CompletableFuture<Result> result : runs) {
        assertEquals(expected, result.join());
      }
      made = made == null ? awaitCache(null) : made;
    }
    try (Stream<Path> files = Files.list(cache)) {
      assertEquals(
          1,
          files
              .filter(f -> f.toString().endsWith(".aot") || f.toString().endsWith(".jsa"))
              .count());
    }
  }

  private Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    return CliProcess.runCommand(work, FAST_START, command.toArray(String[]::new));
  }

  private Result runUnchecked(String... args) {
    try {
      return run(args);
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertClean(Result result) {
    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals("", result.stderr());
    assertTrue(result.stdout().endsWith("2 matching paragraphs, 1 shown\n"), result.stdout());
  }

  /**
   * Waits for a training started in the background to publish a cache other than {@code previous};
   * returns the cache file's name.
   */
  private String awaitCache(String previous) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<Path> files;
      try (Stream<Path> list = Files.isDirectory(cache) ? Files.list(cache) : Stream.empty()) {
        files = list.toList();
      }
      boolean training = files.stream().anyMatch(f -> f.toString().endsWith(".lock"));
      for (Path current : files.stream().filter(f -> f.toString().endsWith(".current")).toList()) {
        String name = Files.readString(current).split(" ", 2)[0];
        if (!training && !name.equals(previous) && Files.exists(cache.resolve(name))) {
          return name;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no new start cache after 3 minutes in " + cache);
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }
}
