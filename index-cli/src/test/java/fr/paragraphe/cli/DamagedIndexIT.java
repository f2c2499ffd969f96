package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.cli.CliProcess.Result;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged, foreign and non-indexes, made from the real files of a seed index: query, index and
 * check each say so in one line and exit 2, never with a stack trace nor an empty result.
 */
class DamagedIndexIT {
  @TempDir Path work;
  private Path index;

  @BeforeEach
  void indexTheSeed() throws Exception {
    Files.createDirectories(work.resolve("seeds"));
    Files.copy(CliProcess.SEEDS.resolve("000_de5b8be049ad9072.txt"), work.resolve("seeds/a.txt"));
    index = work.resolve("idx");
    assertEquals(0, CliProcess.run(work, "index", "--index", "idx", "seeds").exitCode());
    assertEquals(
        new Result(0, "idx: sound\n", ""), CliProcess.run(work, "check", "--index", "idx"));
  }

  @Test
  void aMissingSegmentFile() throws Exception {
    Files.delete(largestSegmentFile());
    assertEveryCommandRefuses("missing file");
  }

  @Test
  void anEmptySegmentFile() throws Exception {
    truncate(largestSegmentFile(), 0);
    assertEveryCommandRefuses("damaged");
  }

  @Test
  void aTruncatedSegmentFile() throws Exception {
    Path file = largestSegmentFile();
    truncate(file, Files.size(file) / 2);
    assertEveryCommandRefuses("damaged");
  }

  @Test
  void aCorruptedCommitFile() throws Exception {
    overwrite(commitFile(), Files.size(commitFile()) / 2, new byte[] {0x55, 0x55, 0x55, 0x55});
    assertEveryCommandRefuses("checksum failed");
  }

  /**
   * A byte changed inside a segment is found by check, which reads every checksum; queries do not
   * read them all.
   */
  @Test
  void aCorruptedByteInASegmentIsFoundByCheck() throws Exception {
    Path file = largestSegmentFile();
    overwrite(
        file, Files.size(file) / 2, new byte[] {0x55, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55});
    Result check = CliProcess.run(work, "check", "--index", "idx");
    assertEquals(2, check.exitCode(), check.toString());
    assertTrue(
        check
            .stdout()
            .matches("(idx: segment _\\w+ \\(\\d+ paragraphs\\): [^\n]*checksum[^\n]*\n)+"),
        check.stdout());
  }

  @Test
  void anIndexOfAnotherLuceneMajorVersion() throws Exception {
    // The format version of the commit file, just after its magic number and codec name
    // ("segments"): 1 is Lucene 4's.
    overwrite(commitFile(), 4 + 1 + "segments".length(), new byte[] {0, 0, 0, 1});
    assertEveryCommandRefuses("another Lucene version");
  }

  @Test
  void aDirectoryThatIsNotAnIndex() throws Exception {
    Path notes = Files.createDirectories(work.resolve("notes"));
    Files.writeString(notes.resolve("a.txt"), "Une note.\n");
    assertOneLine(
        CliProcess.run(work, "query", "--index", "notes", "Mossoul"), "no index in notes");
    assertOneLine(CliProcess.run(work, "check", "--index", "notes"), "no index in notes");
    assertOneLine(
        CliProcess.run(work, "index", "--index", "notes", "seeds"),
        "notes holds files but no index");
    assertEquals(
        List.of(notes.resolve("a.txt")), Files.list(notes).toList(), "nothing written into it");
  }

  @Test
  void aLuceneIndexThatIsNotOurs() throws Exception {
    Path foreign = work.resolve("foreign");
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(foreign), new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new TextField("body", "Mossoul", Field.Store.YES));
      writer.addDocument(doc);
    }
    String message = "foreign is a Lucene index, but not one written by paragraphe";
    assertOneLine(CliProcess.run(work, "query", "--index", "foreign", "Mossoul"), message);
    assertOneLine(CliProcess.run(work, "index", "--index", "foreign", "seeds"), message);
    assertEquals(
        new Result(2, "foreign: " + message + "\n", ""),
        CliProcess.run(work, "check", "--index", "foreign"));
  }

  private void assertEveryCommandRefuses(String expected) throws Exception {
    assertOneLine(CliProcess.run(work, "query", "--index", "idx", "Mossoul"), expected);
    assertOneLine(CliProcess.run(work, "index", "--index", "idx", "seeds"), expected);
    Result check = CliProcess.run(work, "check", "--index", "idx");
    assertEquals(2, check.exitCode(), check.toString());
    assertTrue(
        check.stdout().startsWith("idx: ") && !check.stdout().contains("sound"), check.toString());
    assertFalse(check.stdout().contains("\tat "), check.stdout());
  }

  private static void assertOneLine(Result result, String expected) {
    assertEquals(2, result.exitCode(), result.toString());
    assertEquals("", result.stdout(), result.toString());
    assertEquals(1, result.stderrLines().size(), result.toString());
    assertTrue(
        result.stderr().startsWith("index-cli: ") && result.stderr().contains(expected),
        result.toString());
    assertFalse(result.stderr().contains("internal error"), result.toString());
  }

  private Path largestSegmentFile() throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("_"))
          .max(Comparator.comparingLong(f -> f.toFile().length()))
          .orElseThrow();
    }
  }

  private Path commitFile() throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("segments_"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static void truncate(Path file, long size) throws IOException {
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(size);
    }
  }

  private static void overwrite(Path file, long offset, byte[] bytes) throws IOException {
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.seek(offset);
      out.write(bytes);
    }
  }
}
