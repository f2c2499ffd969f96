package fr.paragraphe.benchmarks;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reading the sample every benchmark works on: the first non-blank lines of one or more gzip
 * corpora.
 */
final class Corpus {
  /** ELTeC then Littré: the 1.45 M paragraphs DESIGN.md's reference figures were measured on. */
  static final String DEFAULT =
      "../shared/corpora/eltec-fra.paragraphs.txt.gz,../shared/corpora/littre.paragraphs.txt.gz";

  private Corpus() {}

  /**
   * The first {@code count} non-blank lines of the comma-separated gzip files, read in order, one
   * paragraph a line (ParagraphMode.LINES skips blank lines: skip them here too so every engine
   * indexes the same paragraphs).
   */
  static List<String> paragraphs(String files, int count) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    // JMH's -p splits its value on commas (two params): "+" joins files on the command line.
    for (String name : files.split("[,+]")) {
      Path file = locate(name.strip());
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                  StandardCharsets.UTF_8))) {
        for (String line = lines.readLine();
            line != null && paragraphs.size() < count;
            line = lines.readLine()) {
          if (!line.isBlank()) {
            paragraphs.add(line);
          }
        }
      }
      if (paragraphs.size() == count) {
        return paragraphs;
      }
    }
    System.out.printf(
        "note: %s has only %d paragraphs, using them all%n", files, paragraphs.size());
    return paragraphs;
  }

  /** Megabytes of UTF-8 text, the unit of the throughput and size figures. */
  static double megabytes(List<String> paragraphs) {
    long bytes = 0;
    for (String paragraph : paragraphs) {
      bytes += paragraph.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    return bytes / 1e6;
  }

  /**
   * The default path is relative to the repository root, but JMH may be started from elsewhere: a
   * relative path is tried from the working directory, then from the root of the checkout that
   * holds this code (benchmarks/target/benchmarks.jar or benchmarks/target/classes, three levels
   * down).
   */
  static Path locate(String corpus) throws FileNotFoundException {
    Path given = Path.of(corpus).toAbsolutePath().normalize();
    Path code;
    try {
      code = Path.of(Corpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path fromRoot = code.resolve("../../..").resolve(corpus).normalize();
    for (Path candidate : List.of(given, fromRoot)) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new FileNotFoundException(
        "corpus absent: "
            + corpus
            + " is not a file (looked for "
            + given
            + (fromRoot.equals(given) ? "" : " and " + fromRoot)
            + "). Pass a gzip corpus, one paragraph a line,"
            + " with -p corpus=/path/to/file.txt.gz (see shared/corpora/README.md)");
  }
}
