package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.input.ParagraphMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory indexed again: the index follows it, reading only what changed. */
class FolderSyncTest {
  @TempDir Path dir;

  /** A time well before now: size and time alone then tell an unchanged file. */
  private static final FileTime AN_HOUR_AGO =
      FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));

  @Test
  void editedAddedAndDeletedFilesAreFollowedInOneRun() throws IOException {
    write("a.txt", "Le Tigre coule à Mossoul.");
    write("b.txt", "La rive gauche du fleuve.");
    write("c.txt", "Une gabare sur l'eau.");
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      assertEquals(
          new IndexingReport(3, 3, 71, 0, 3, 0, 0), index.addPaths(List.of(dir), options()));

      Files.writeString(dir.resolve("b.txt"), "\nLa rive droite.\n", StandardOpenOption.APPEND);
      write("d.txt", "Un pont neuf.");
      Files.delete(dir.resolve("c.txt"));
      IndexingReport report = index.addPaths(List.of(dir), options());
      assertEquals(new IndexingReport(2, 3, 53, 0, 1, 1, 1), report);
      assertEquals(1, report.changed());

      assertEquals(List.of("b.txt:2"), found(index, "\"rive droite\""));
      assertEquals(List.of(), found(index, "gabare"));
      assertEquals(List.of("d.txt:1"), found(index, "pont"));
      assertEquals(List.of("a.txt:1"), found(index, "Tigre"));
      assertEquals(
          List.of("a.txt 1 text", "b.txt 2 text", "d.txt 1 text"),
          index.sources().stream()
              .map(s -> Path.of(s.source()).getFileName() + " " + s.paragraphs() + " " + s.format())
              .toList());
      assertEquals(3, index.stats().sources());

      assertEquals(
          new IndexingReport(0, 0, 0, 0, 0, 3, 0), index.addPaths(List.of(dir), options()));
    }
  }

  /**
   * Size and time are trusted when the time is old enough: a file rewritten to the same size with
   * its time put back is not read again (which is what shows it is not read).
   */
  @Test
  void aFileOfTheSameSizeAndTimeIsNotReadAgain() throws IOException {
    Path file = write("a.txt", "alpha");
    Files.setLastModifiedTime(file, AN_HOUR_AGO);
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.addPaths(List.of(dir), options());
      Files.writeString(file, "omega");
      Files.setLastModifiedTime(file, AN_HOUR_AGO);
      assertEquals(
          new IndexingReport(0, 0, 0, 0, 0, 1, 0), index.addPaths(List.of(dir), options()));
      assertEquals(List.of("a.txt:1"), found(index, "alpha"));
    }
  }

  /**
   * A file modified as late as it was indexed may change again within the same tick of the clock:
   * then its bytes decide.
   */
  @Test
  void aFileModifiedWhenItWasIndexedIsComparedByItsBytes() throws IOException {
    Path file = write("a.txt", "alpha");
    FileTime now = Files.getLastModifiedTime(file);
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.addPaths(List.of(dir), options());
      Files.writeString(file, "omega");
      Files.setLastModifiedTime(file, now);
      assertEquals(
          new IndexingReport(1, 1, 5, 0, 0, 0, 0), index.addPaths(List.of(dir), options()));
      assertEquals(List.of("a.txt:1"), found(index, "omega"));
    }
  }

  @Test
  void aFileTouchedButNotChangedIsNotIndexedAgain() throws IOException {
    Path file = write("a.txt", "alpha");
    Files.setLastModifiedTime(file, AN_HOUR_AGO);
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.addPaths(List.of(dir), options());
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
      assertEquals(
          new IndexingReport(0, 0, 0, 0, 0, 1, 0), index.addPaths(List.of(dir), options()));
    }
  }

  @Test
  void aFileReadWithOtherOptionsIsIndexedAgain() throws IOException {
    Path file = write("a.txt", "alpha\nbeta");
    Files.setLastModifiedTime(file, AN_HOUR_AGO);
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.addPaths(List.of(dir), options());
      IndexingReport again =
          index.addPaths(List.of(dir), options().withMode(ParagraphMode.BLANK_LINES));
      assertEquals(new IndexingReport(1, 1, 10, 0, 0, 0, 0), again);
      assertEquals(List.of("a.txt:1"), found(index, "\"alpha beta\""));
    }
  }

  /** The same folder by another path (absolute, with dots) is the same sources, not a copy. */
  @Test
  void aFolderNamedAnotherWayIsTheSameSources() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    write("a.txt", "alpha");
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.addPaths(List.of(dir), options());
      IndexingReport again = index.addPaths(List.of(dir.resolve("sub/..")), options());
      assertEquals(1, again.unchanged());
      assertEquals(1, index.stats().sources());
    }
  }

  /** Only files gone are removed: a file another glob leaves out keeps its paragraphs. */
  @Test
  void aFileLeftOutByAGlobIsNotRemoved() throws IOException {
    write("a.txt", "alpha");
    write("b.md", "beta");
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.addPaths(List.of(dir), options());
      IndexingReport narrowed = index.addPaths(List.of(dir), options().withGlobs(List.of("*.md")));
      assertEquals(0, narrowed.removed());
      assertEquals(List.of("a.txt:1"), found(index, "alpha"));
    }
  }

  /** Removing a source by the path of its file, as typed from the working directory. */
  @Test
  void aSourceIsRemovedByItsPath() throws IOException {
    Path file = write("a.txt", "alpha");
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.addPaths(List.of(dir), options());
      Path relative = Path.of("").toAbsolutePath().relativize(file);
      assertEquals(1, index.remove(List.of(relative.toString())).paragraphs());
      assertEquals(List.of(), index.sources());
    }
  }

  private static IndexingOptions options() {
    return IndexingOptions.DEFAULT;
  }

  private static List<String> found(ParagraphIndex index, String query) {
    return index.search(query, SearchOptions.DEFAULT).hits().stream()
        .map(hit -> Path.of(hit.source()).getFileName() + ":" + hit.paragraph())
        .toList();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
