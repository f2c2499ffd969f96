package fr.paragraphe;

import static fr.paragraphe.SeedSearchTest.rendered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.input.ParagraphMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParagraphIndexTest {
  @TempDir Path dir;

  @Test
  void indexingTheSameSourceTwiceGivesTheSameHits() throws Exception {
    Path indexDir = dir.resolve("index");
    Source seed = Source.file(SeedIndex.SEED);
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(indexDir)) {
      IndexingReport first = index.add(List.of(seed));
      assertEquals(
          new IndexingReport(
              1, 11, Files.readString(SeedIndex.SEED).replace("\n", "").length(), 0, 1, 0, 0),
          first);
    }
    SearchResult once;
    try (ParagraphIndex index = ParagraphIndex.open(indexDir)) {
      once = index.search("coalition", SearchOptions.DEFAULT.withCollapseDuplicates(false));
      index.add(List.of(seed));
      SearchResult twice =
          index.search("coalition", SearchOptions.DEFAULT.withCollapseDuplicates(false));
      assertEquals(once, twice);
      assertEquals(6, twice.total());
    }
  }

  @Test
  void aSourceAddedAgainReplacesAllItsParagraphs() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(List.of(Source.text("a", "Le Tigre coule.\nLe Tigre déborde.\nL'Euphrate aussi.")));
      index.add(List.of(Source.text("a", "Le Tigre est calme.")));
      SearchResult result = index.search("Tigre", SearchOptions.DEFAULT);
      assertEquals("1", rendered(result));
      assertEquals("Le Tigre est calme.", result.hits().get(0).text());
      assertEquals("-", rendered(index.search("Euphrate", SearchOptions.DEFAULT)));
    }
  }

  @Test
  void aLimitFarBeyondTheIndexReturnsEveryHit() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(
          List.of(Source.text("a", "Le Tigre coule.\nLe Tigre déborde.\nLe Tigre coule.")),
          ParagraphMode.LINES);
      for (int limit : List.of(1_000_000_000, Integer.MAX_VALUE)) {
        assertEquals(
            "1(3) 2", rendered(index.search("Tigre", SearchOptions.DEFAULT.withLimit(limit))));
        assertEquals(
            "1 2 3",
            rendered(
                index.search(
                    "Tigre",
                    SearchOptions.DEFAULT.withLimit(limit).withCollapseDuplicates(false))));
        SearchResult phrase =
            index.searchPhrase("le Tigre", SearchOptions.DEFAULT.withLimit(limit));
        assertEquals("1(3) 2", rendered(phrase));
      }
    }
  }

  @Test
  void duplicatesAreFoundAcrossSourcesAndUpToCaseAndAccents() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(
          List.of(
              Source.text("a", "L’État islamique recule."),
              Source.text("b", "l'etat  islamique RECULE.")));
      Hit hit = index.search("recule", SearchOptions.DEFAULT).hits().get(0);
      assertEquals(new ParagraphRef("a", 1), new ParagraphRef(hit.source(), hit.paragraph()));
      assertEquals(List.of(new ParagraphRef("b", 1)), hit.duplicates());
    }
  }

  @Test
  void aFailedRunLeavesThePreviousCommitIntact() throws IOException {
    Path empty = Files.write(dir.resolve("vide.txt"), new byte[0]);
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(dir.resolve("index"))) {
      index.add(List.of(Source.text("a", "Le Tigre coule.")));
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () -> index.add(List.of(Source.text("a", "Remplacé."), Source.file(empty))));
      assertEquals(empty + ": empty file", e.getMessage());
      assertEquals("1", rendered(index.search("Tigre", SearchOptions.DEFAULT)));
      assertEquals("-", rendered(index.search("Remplacé", SearchOptions.DEFAULT)));
    }
  }

  @Test
  void aMissingFileIsNamed() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      Path missing = dir.resolve("absent.txt");
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> index.add(List.of(Source.file(missing))));
      assertEquals(missing + ": no such file", e.getMessage());
    }
  }

  @Test
  void openingWhereThereIsNoIndexSaysSo() {
    assertThrows(MissingIndexException.class, () -> ParagraphIndex.open(dir.resolve("nothing")));
    assertThrows(MissingIndexException.class, () -> ParagraphIndex.open(dir));
  }

  @Test
  void aLuceneIndexThatIsNotOursIsRefused() throws IOException {
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
      writer.addDocument(new Document());
      writer.commit();
    }
    ForeignIndexException e =
        assertThrows(ForeignIndexException.class, () -> ParagraphIndex.open(dir));
    assertTrue(e.getMessage().contains("not one written by paragraphe"), e.getMessage());
  }

  @Test
  @SuppressWarnings("try") // other is there to hold the index's write lock
  void aSecondWriterIsToldTheIndexIsBusy() throws IOException {
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(dir);
        IndexWriter other = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
      assertThrows(IndexBusyException.class, () -> index.add(List.of(Source.text("a", "texte"))));
    }
  }

  @Test
  void theParagraphModeCanBeForced() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(List.of(Source.text("a", "une rive\ngauche du Tigre")), ParagraphMode.BLANK_LINES);
      assertEquals("1", rendered(index.search("\"rive gauche\"", SearchOptions.DEFAULT)));
      index.add(List.of(Source.text("a", "une rive\ngauche du Tigre")), ParagraphMode.LINES);
      assertEquals("-", rendered(index.search("\"rive gauche\"", SearchOptions.DEFAULT)));
    }
  }

  @Test
  void sourcesOpenTheirTextAgainEachTime() throws IOException {
    Source.TextSource text = Source.text("a", "x");
    try (BufferedReader first = text.opener().open();
        BufferedReader second = text.opener().open()) {
      assertEquals(first.readLine(), second.readLine());
    }
    assertEquals(
        Path.of("seeds/a.txt").toAbsolutePath().toString(),
        Source.nameOf(Path.of("./seeds//a.txt")));
  }
}
