package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.paragraphe.spi.DocumentReader;
import fr.paragraphe.spi.UnreadableDocumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents read by a {@link DocumentReader}: numbered, their headings made sections, their pages
 * kept, and a bad one skipped whole (or failing the run when named).
 */
class DocumentSourceTest {
  @TempDir Path dir;

  private final List<String> heard = new ArrayList<>();
  private final IndexingListener listener =
      new IndexingListener() {
        @Override
        public void skipped(String source, String reason) {
          heard.add("skipped " + source + ": " + reason);
        }
      };

  /**
   * Reads {@code *.doc1} files of lines {@code H|text|page} (a heading) or {@code P|text|page}; a
   * line {@code LOCKED} makes the file unreadable, {@code BUG} makes the reader throw.
   */
  private static final DocumentReader FAKE =
      new DocumentReader() {
        @Override
        public List<String> globs() {
          return List.of("*.doc1");
        }

        @Override
        public String format(Path file) {
          return file.toString().endsWith(".doc1") ? "doc1" : null;
        }

        @Override
        public Blocks read(Path file) throws IOException {
          List<Block> blocks = new ArrayList<>();
          for (String line : Files.readAllLines(file)) {
            if (line.equals("LOCKED")) {
              throw new UnreadableDocumentException("encrypted: a password is needed");
            }
            if (line.equals("BUG")) {
              throw new IllegalStateException("parser bug");
            }
            String[] parts = line.split("\\|");
            blocks.add(new Block(parts[1], parts[0].equals("H"), Integer.parseInt(parts[2])));
          }
          Iterator<Block> it = blocks.iterator();
          return new Blocks() {
            @Override
            public Block next() {
              return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {}
          };
        }
      };

  private final IndexingOptions options =
      IndexingOptions.DEFAULT.withDocuments(FAKE).withListener(listener);

  @Test
  void headingsBecomeSectionsAndPagesAreKept() throws IOException {
    write("rapport.doc1", "P|Avant tout titre.|1", "H|La rive gauche|1", "P|Le Tigre coule.|2");
    Files.writeString(dir.resolve("notes.txt"), "Le Tigre est un fleuve.\n");
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      IndexingReport report = index.addPaths(List.of(dir), options);
      assertEquals(2, report.sources());
      assertEquals(4, report.paragraphs());
      List<String> found =
          index.search("Tigre OR titre", SearchOptions.DEFAULT).hits().stream()
              .map(DocumentSourceTest::shown)
              .sorted()
              .toList();
      assertEquals(
          List.of(
              "notes.txt:1 p.0 § null",
              "rapport.doc1:1 p.1 § null",
              "rapport.doc1:3 p.2 § La rive gauche"),
          found);
      assertEquals(
          List.of("rapport.doc1:2 p.1 § La rive gauche"),
          index.search("\"rive gauche\"", SearchOptions.DEFAULT).hits().stream()
              .map(DocumentSourceTest::shown)
              .toList());
    }
    assertEquals(List.of(), heard);
  }

  @Test
  void withoutAReaderDocumentsAreNotTakenFromDirectories() throws IOException {
    write("rapport.doc1", "P|Le Tigre coule.|1");
    Files.writeString(dir.resolve("notes.txt"), "Le Tigre est un fleuve.\n");
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      assertEquals(1, index.addPaths(List.of(dir), IndexingOptions.DEFAULT).sources());
    }
  }

  @Test
  void aBadDocumentInADirectoryIsSkippedWholeAndTheRestIndexed() throws IOException {
    write("a-locked.doc1", "P|Le Tigre coule.|1", "LOCKED");
    write("b-bug.doc1", "BUG");
    write("c-empty.doc1");
    write("d-good.doc1", "P|Le Tigre coule.|1");
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      IndexingReport report = index.addPaths(List.of(dir), options);
      assertEquals(1, report.sources());
      assertEquals(3, report.skipped());
      assertEquals(1, index.search("Tigre", SearchOptions.DEFAULT).total());
    }
    assertEquals(
        List.of(
            "skipped " + dir.resolve("a-locked.doc1") + ": encrypted: a password is needed",
            "skipped "
                + dir.resolve("b-bug.doc1")
                + ": the doc1 reader failed: java.lang.IllegalStateException: parser bug",
            "skipped " + dir.resolve("c-empty.doc1") + ": no text"),
        heard);
  }

  @Test
  void aBadDocumentNamedOnItsOwnFailsTheRunAndNothingIsCommitted() throws IOException {
    Path good = write("good.doc1", "P|Le Tigre coule.|1");
    Path locked = write("locked.doc1", "LOCKED");
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class, () -> index.addPaths(List.of(good, locked), options));
      assertEquals(locked + ": encrypted: a password is needed", e.getMessage());
      assertEquals(0, index.stats().paragraphs());
    }
  }

  private static String shown(Hit hit) {
    return Path.of(hit.source()).getFileName()
        + ":"
        + hit.paragraph()
        + " p."
        + hit.page()
        + " § "
        + hit.section();
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }
}
