package fr.paragraphe.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.paragraphe.ForeignIndexException;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.ParagraphRef;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import fr.paragraphe.spi.IndexedParagraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicates are told apart by their hash, read from doc values in two halves: equal first halves
 * with different second halves are not duplicates; an index written before (format 1) is refused.
 */
class HashPrefixTest {
  private static final String SAME_PREFIX = "a".repeat(16);

  @TempDir Path dir;

  @Test
  void equalPrefixesOfDifferentHashesAreNotDuplicates() throws Exception {
    write(
        ParagraphDocument.of(
            new IndexedParagraph("a", 1, null, "la rive du Tigre", SAME_PREFIX + "0".repeat(16))),
        ParagraphDocument.of(
            new IndexedParagraph("b", 1, null, "le Tigre en crue", SAME_PREFIX + "1".repeat(16))));
    SearchResult result = search("Tigre");
    assertEquals(2, result.hits().size());
    assertEquals(List.of(), result.hits().get(0).duplicates());
  }

  @Test
  void equalHashesAreDuplicatesWhateverTheirPrefixesNeighbours() throws Exception {
    write(
        current("a", 1, "la rive du Tigre"),
        current("b", 1, "La rive du Tigre"),
        current("c", 1, "la  rive du tigre"));
    SearchResult result = search("Tigre");
    assertEquals(3, result.total());
    assertEquals(1, result.hits().size());
    assertEquals("a", result.hits().get(0).source());
    assertEquals(
        List.of(new ParagraphRef("b", 1), new ParagraphRef("c", 1)),
        result.hits().get(0).duplicates());
  }

  @Test
  void anIndexOfTheFirstFormatIsRefusedWithWhatToDo() throws Exception {
    write("1", current("a", 1, "la rive du Tigre"));
    ForeignIndexException e =
        assertThrows(ForeignIndexException.class, () -> ParagraphIndex.open(dir));
    assertEquals(
        dir
            + " was written in paragraphe index format 1; this version reads format 2: index the sources"
            + " again into a new directory",
        e.getMessage());
  }

  private static Document current(String source, int number, String text) {
    return ParagraphDocument.of(
        new IndexedParagraph(source, number, null, text, IndexedParagraph.hashOf(text)));
  }

  private void write(Document... docs) throws Exception {
    write(IndexStore.FORMAT, docs);
  }

  private void write(String format, Document... docs) throws Exception {
    ParagraphIndex.openOrCreate(dir).close();
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(
                directory, new IndexWriterConfig(new FrenchParagraphAnalyzer(Mode.INDEX)))) {
      for (Document doc : docs) {
        writer.addDocument(doc);
      }
      writer.setLiveCommitData(Map.of(IndexStore.FORMAT_KEY, format).entrySet());
      writer.commit();
    }
  }

  private SearchResult search(String query) {
    try (ParagraphIndex index = ParagraphIndex.open(dir)) {
      return index.search(query, SearchOptions.DEFAULT);
    }
  }
}
