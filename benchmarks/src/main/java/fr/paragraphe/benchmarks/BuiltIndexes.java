package fr.paragraphe.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Indexes built by one JMH trial and reused by the next trials of the same build of the benchmarks:
 * at 1M paragraphs an index takes minutes to build and a trial seconds to measure. They live under
 * {@code $TMPDIR/paragraphe-query-benchmark/STAMP/}, where STAMP changes with the benchmarks jar,
 * so a rebuilt product never reads an index of the previous build; older stamps are deleted on
 * first use. An index counts as built only once its {@code .built} file is written, so a trial
 * killed while building leaves nothing reused.
 */
final class BuiltIndexes {
  /** A built index and the seconds its build took. */
  record Built(Path directory, double seconds) {}

  /** Builds an index into an empty directory. */
  @FunctionalInterface
  interface Builder {
    void build(Path directory) throws IOException;
  }

  private static final Path ROOT =
      Path.of(System.getProperty("java.io.tmpdir"), "paragraphe-query-benchmark");

  private BuiltIndexes() {}

  /** The index under {@code key}, built now if no earlier trial of this build made it. */
  static Built get(String key, Builder builder) throws IOException {
    Path stampDir = ROOT.resolve(stamp());
    deleteOtherStamps(stampDir);
    Path directory = stampDir.resolve(key);
    Path built = stampDir.resolve(key + ".built");
    if (!Files.exists(built)) {
      delete(directory);
      Files.createDirectories(directory);
      long start = System.nanoTime();
      builder.build(directory);
      Files.writeString(
          built, String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1e9));
    }
    return new Built(directory, Double.parseDouble(Files.readString(built).strip()));
  }

  /** The jar (or class folder) of the benchmarks: its size and time. */
  private static String stamp() throws IOException {
    try {
      Path code =
          Path.of(BuiltIndexes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.size(code) + "-" + Files.getLastModifiedTime(code).toMillis();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  private static void deleteOtherStamps(Path keep) throws IOException {
    if (Files.isDirectory(ROOT)) {
      try (Stream<Path> stamps = Files.list(ROOT)) {
        for (Path stamp : stamps.filter(path -> !path.equals(keep)).toList()) {
          delete(stamp);
        }
      }
    }
  }

  private static void delete(Path path) throws IOException {
    if (Files.exists(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }

  static long size(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
