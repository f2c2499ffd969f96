package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.spi.IndexedParagraph;
import fr.paragraphe.spi.ParagraphSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * An index used after close says so; an index that cannot be opened leaves its directory closed.
 */
class ClosedIndexTest {

  @Test
  void everyUseAfterCloseSaysTheIndexIsClosed() {
    ParagraphIndex index = ParagraphIndex.inMemory();
    index.add(List.of(Source.text("note", "Sur la rive gauche du Tigre.")));
    index.close();
    Map<String, Executable> uses =
        Map.of(
            "add", () -> index.add(List.of(Source.text("n", "Rien."))),
            "addPaths", () -> index.addPaths(List.of(Path.of("nowhere")), IndexingOptions.DEFAULT),
            "search", () -> index.search("Tigre", SearchOptions.DEFAULT),
            "searchPhrase", () -> index.searchPhrase("rive gauche", SearchOptions.DEFAULT),
            "remove", () -> index.remove(List.of("note")),
            "stats", index::stats,
            "copyTo", () -> index.copyTo(new CountingSink(), new IndexingListener() {}));
    uses.forEach(
        (name, use) -> {
          ParagrapheException e = assertThrows(ParagrapheException.class, use, name);
          assertEquals("the index (memory) is closed", e.getMessage(), name);
        });
    index.close(); // closing again does nothing
  }

  @Test
  void aForeignIndexLeavesItsDirectoryClosed() throws IOException {
    FullDisk directory = new FullDisk();
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.addDocument(new Document());
    }
    assertThrows(
        ForeignIndexException.class, () -> ParagraphIndex.openOrCreate(directory, "foreign", 1));
    assertTrue(directory.isClosed());
  }

  /** A sink that only counts, for copyTo. */
  private static final class CountingSink implements ParagraphSink {
    int paragraphs;

    @Override
    public void beginSource(String source) {}

    @Override
    public synchronized void accept(List<IndexedParagraph> batch) {
      paragraphs += batch.size();
    }

    @Override
    public void endSource(String source, int lastParagraph) {}
  }
}
