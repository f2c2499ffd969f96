package fr.paragraphe.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.paragraphe.ForeignIndexException;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.SeedIndex;
import fr.paragraphe.Source;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each index records the analysis chain it was written with; stats describes that one, and another
 * is refused.
 */
class RecordedAnalysisTest {
  @TempDir Path dir;

  @Test
  void creationAndEveryCommitRecordTheChain() throws Exception {
    Path path = dir.resolve("index");
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(path)) {
      assertEquals(
          FrenchParagraphAnalyzer.describe(Mode.INDEX),
          recorded(path).get(IndexStore.ANALYSIS_KEY));
      index.add(List.of(Source.text(SeedIndex.NAME, Files.readString(SeedIndex.SEED))));
    }
    assertEquals(
        FrenchParagraphAnalyzer.describe(Mode.INDEX), recorded(path).get(IndexStore.ANALYSIS_KEY));
  }

  @Test
  void anIndexRecordingAnotherChainIsRefusedAndStatsWouldSayWhichItIs() throws Exception {
    Path path = dir.resolve("index");
    ParagraphIndex.openOrCreate(path).close();
    recordOnly(
        path, Map.of(IndexStore.FORMAT_KEY, IndexStore.FORMAT, IndexStore.ANALYSIS_KEY, "x"));
    try (Directory directory = FSDirectory.open(path);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals("x", IndexStatsCounter.count(reader).analysis());
    }
    assertRefusedForItsChain(path);
    assertThrows(ForeignIndexException.class, () -> ParagraphIndex.openOrCreate(path));
  }

  /** Since format 3 every commit records its chain: one that records none is refused. */
  @Test
  void anIndexRecordingNoChainIsRefused() throws Exception {
    Path path = dir.resolve("index");
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(path)) {
      index.add(List.of(Source.text(SeedIndex.NAME, Files.readString(SeedIndex.SEED))));
    }
    recordOnly(path, Map.of(IndexStore.FORMAT_KEY, IndexStore.FORMAT));
    assertRefusedForItsChain(path);
  }

  private static void assertRefusedForItsChain(Path path) {
    ForeignIndexException refused =
        assertThrows(ForeignIndexException.class, () -> ParagraphIndex.open(path));
    assertEquals(
        path
            + " was written with another analysis chain than this version's: index the sources again into a new"
            + " directory",
        refused.getMessage());
  }

  private static Map<String, String> recorded(Path path) throws Exception {
    try (Directory directory = FSDirectory.open(path)) {
      return SegmentInfos.readLatestCommit(directory).getUserData();
    }
  }

  /**
   * Commits the index again with exactly this commit data, as another version would have written
   * it.
   */
  private static void recordOnly(Path path, Map<String, String> userData) throws Exception {
    try (Directory directory = FSDirectory.open(path);
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.setLiveCommitData(userData.entrySet());
      writer.commit();
    }
  }
}
