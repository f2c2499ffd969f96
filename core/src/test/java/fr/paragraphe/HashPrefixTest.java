package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
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
 * Duplicates are told apart by the first 64 bits of their hash, read with each hit: equal prefixes with
 * different hashes are not duplicates, and an index written before the prefixes existed still collapses.
 */
class HashPrefixTest {
  private static final String SAME_PREFIX = "a".repeat(16);

  @TempDir Path dir;

  @Test
  void equalPrefixesOfDifferentHashesAreNotDuplicates() throws Exception {
    write(
        ParagraphDocument.of(new IndexedParagraph("a", 1, null, "la rive du Tigre", SAME_PREFIX + "0".repeat(48))),
        ParagraphDocument.of(new IndexedParagraph("b", 1, null, "le Tigre en crue", SAME_PREFIX + "1".repeat(48))));
    SearchResult result = search("Tigre");
    assertEquals(2, result.hits().size());
    assertEquals(List.of(), result.hits().get(0).duplicates());
  }

  @Test
  void anIndexWithoutPrefixesStillCollapsesDuplicates() throws Exception {
    write(legacy("a", 1, "la rive du Tigre"), legacy("b", 1, "La rive du Tigre"), current("c", 1, "la  rive du tigre"));
    SearchResult result = search("Tigre");
    assertEquals(3, result.total());
    assertEquals(1, result.hits().size());
    assertEquals("a", result.hits().get(0).source());
    assertEquals(List.of(new ParagraphRef("b", 1), new ParagraphRef("c", 1)), result.hits().get(0).duplicates());
  }

  private static Document current(String source, int number, String text) {
    return ParagraphDocument.of(new IndexedParagraph(source, number, null, text, IndexedParagraph.hashOf(text)));
  }

  /** A document as indexes written before the hash prefix hold it. */
  private static Document legacy(String source, int number, String text) {
    Document doc = current(source, number, text);
    doc.removeField(ParagraphDocument.HASH_PREFIX);
    return doc;
  }

  private void write(Document... docs) throws Exception {
    ParagraphIndex.openOrCreate(dir).close();
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new FrenchParagraphAnalyzer(Mode.INDEX)))) {
      for (Document doc : docs) {
        writer.addDocument(doc);
      }
      writer.setLiveCommitData(Map.of(ParagraphIndex.FORMAT_KEY, ParagraphIndex.FORMAT).entrySet());
      writer.commit();
    }
  }

  private SearchResult search(String query) {
    try (ParagraphIndex index = ParagraphIndex.open(dir)) {
      return index.search(query, SearchOptions.DEFAULT);
    }
  }
}
