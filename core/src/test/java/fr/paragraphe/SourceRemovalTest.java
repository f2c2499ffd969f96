package fr.paragraphe;

import static fr.paragraphe.SeedSearchTest.rendered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRemovalTest {
  private static final String NOTE = "Sur la rive gauche du Tigre, rien de neuf.";

  @TempDir Path dir;

  @Test
  void removesEveryParagraphOfTheNamedSourcesWhateverTheSpellingOfTheirPath() throws Exception {
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      index.add(List.of(Source.text("notes/a.txt", NOTE)));
      RemovalReport report = index.remove(List.of("./seeds//000_de5b8be049ad9072.txt"));
      assertEquals(Map.of(SeedIndex.NAME, 11L), report.paragraphsBySource());
      assertEquals(1, report.sources());
      assertEquals(11, report.paragraphs());
      SearchResult found = index.search("\"rive gauche du Tigre\"", SearchOptions.DEFAULT);
      assertEquals(1, found.total());
      assertEquals("notes/a.txt", found.hits().get(0).source());
      assertEquals("-", rendered(index.search("Mossoul", SearchOptions.DEFAULT)));
    }
  }

  @Test
  void severalSourcesAreCountedEachInTheOrderNamed() throws Exception {
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      index.add(List.of(Source.text("notes/a.txt", NOTE + "\n" + NOTE)));
      RemovalReport report = index.remove(List.of("notes/a.txt", SeedIndex.NAME));
      assertEquals(
          List.of("notes/a.txt", SeedIndex.NAME),
          List.copyOf(report.paragraphsBySource().keySet()));
      assertEquals(List.of(2L, 11L), List.copyOf(report.paragraphsBySource().values()));
      assertEquals(13, report.paragraphs());
      assertEquals(0, index.stats().paragraphs());
    }
  }

  @Test
  void oneUnknownNameRemovesNothing() throws Exception {
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      UnknownSourceException e =
          assertThrows(
              UnknownSourceException.class,
              () -> index.remove(List.of(SeedIndex.NAME, "./bogus.txt")));
      assertEquals("bogus.txt is not in the index (nothing removed)", e.getMessage());
      assertEquals("bogus.txt", e.source());
      assertEquals(
          "2(7)", rendered(index.search("\"rive gauche du Tigre\"", SearchOptions.DEFAULT)));
      assertEquals(11, index.stats().paragraphs());
    }
  }

  @Test
  void theRemovalIsCommitted() throws Exception {
    Path indexDir = dir.resolve("index");
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(indexDir)) {
      index.add(
          List.of(
              Source.text(SeedIndex.NAME, Files.readString(SeedIndex.SEED)),
              Source.text("note", NOTE)));
      index.remove(List.of(SeedIndex.NAME));
    }
    try (ParagraphIndex index = ParagraphIndex.open(indexDir)) {
      assertEquals(
          new ParagraphRef("note", 1),
          ref(index.search("Tigre", SearchOptions.DEFAULT).hits().get(0)));
      assertEquals(1, index.search("Tigre", SearchOptions.DEFAULT).total());
    }
  }

  @Test
  @SuppressWarnings("try") // other is there to hold the index's write lock
  void aSecondWriterIsToldTheIndexIsBusy() throws Exception {
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(dir)) {
      index.add(List.of(Source.text("note", NOTE)));
      try (IndexWriter other = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
        assertThrows(IndexBusyException.class, () -> index.remove(List.of("note")));
      }
      assertEquals(1, index.search("Tigre", SearchOptions.DEFAULT).total());
    }
  }

  private static ParagraphRef ref(Hit hit) {
    return new ParagraphRef(hit.source(), hit.paragraph());
  }
}
