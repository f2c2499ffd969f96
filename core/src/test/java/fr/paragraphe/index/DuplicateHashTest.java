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
 * Duplicates are paragraphs with equal hashes of their normalised text; an index written with the
 * earlier 128-bit hash (format 2) is refused with what to do.
 */
class DuplicateHashTest {
  @TempDir Path dir;

  @Test
  void textsDifferingByOneLetterAreNotDuplicates() throws Exception {
    write(current("a", 1, "la rive du Tigre"), current("b", 1, "la rive du Tigres"));
    SearchResult result = search("rive");
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
  void anIndexOfTheSecondFormatIsRefusedWithWhatToDo() throws Exception {
    write("2", current("a", 1, "la rive du Tigre"));
    ForeignIndexException e =
        assertThrows(ForeignIndexException.class, () -> ParagraphIndex.open(dir));
    assertEquals(
        dir
            + " was written in paragraphe index format 2; this version reads format 4: index the sources"
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
      writer.setLiveCommitData(
          Map.of(IndexStore.FORMAT_KEY, format, IndexStore.ANALYSIS_KEY, IndexStore.ANALYSIS)
              .entrySet());
      writer.commit();
    }
  }

  private SearchResult search(String query) {
    try (ParagraphIndex index = ParagraphIndex.open(dir)) {
      return index.search(query, SearchOptions.DEFAULT);
    }
  }
}
