package fr.paragraphe.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.IndexBusyException;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.Source;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.input.Paragraph;
import fr.paragraphe.spi.IndexedParagraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoDeletionPolicy;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several searchers and one writer on one index, in one process: what each sees, and who may write.
 */
class ConcurrencyTest {
  /**
   * Paragraphs per source: a search that counts anything but a multiple of it saw half a commit.
   */
  private static final int PARAGRAPHS = 5;

  @TempDir Path dir;

  @Test
  void aCommitOfAnotherInstanceIsSeenWithoutReopening() {
    try (ParagraphIndex reader = ParagraphIndex.openOrCreate(dir);
        ParagraphIndex writer = ParagraphIndex.open(dir)) {
      assertEquals(0, reader.search("gabare", SearchOptions.DEFAULT).total());
      writer.add(List.of(source(0)));
      assertEquals(PARAGRAPHS, reader.search("gabare", SearchOptions.DEFAULT).total());
      assertEquals(1, reader.stats().sources());
    }
  }

  /**
   * Searches look for a newer commit by checking that the searched one is still there (a commit
   * deletes the one before it); a writer killed between the two leaves both, and the directory is
   * listed again within a second.
   */
  @Test
  void aCommitThatLeftTheOldOneInPlaceIsSeenWithinSeconds() throws Exception {
    try (ParagraphIndex reader = ParagraphIndex.openOrCreate(dir)) {
      assertEquals(0, reader.search("gabare", SearchOptions.DEFAULT).total());
      IndexWriterConfig keepingOldCommits =
          new IndexWriterConfig(new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX))
              .setIndexDeletionPolicy(NoDeletionPolicy.INSTANCE);
      try (FSDirectory directory = FSDirectory.open(dir);
          IndexWriter writer = new IndexWriter(directory, keepingOldCommits)) {
        Paragraph paragraph = new Paragraph(1, 1, null, "Une gabare.", false);
        writer.addDocument(ParagraphDocument.of(IndexedParagraph.of("a.txt", paragraph)));
        writer.setLiveCommitData(
            Map.of(
                    IndexStore.FORMAT_KEY,
                    IndexStore.FORMAT,
                    IndexStore.ANALYSIS_KEY,
                    IndexStore.ANALYSIS)
                .entrySet());
        writer.commit();
      }
      long deadline = System.nanoTime() + 5_000_000_000L;
      long seen = 0;
      while (seen == 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
        seen = reader.search("gabare", SearchOptions.DEFAULT).total();
      }
      assertEquals(1, seen);
    }
  }

  @Test
  void onlyOneInstanceWritesAtATime() throws Exception {
    try (ParagraphIndex first = ParagraphIndex.openOrCreate(dir);
        ParagraphIndex second = ParagraphIndex.open(dir)) {
      // The first holds the lock while its source is read: the second tries to write from inside
      // that read.
      IndexBusyException[] refused = {null};
      Source slow =
          new Source.TextSource(
              "lent.txt",
              () -> {
                refused[0] =
                    assertThrows(IndexBusyException.class, () -> second.add(List.of(source(1))));
                return new java.io.BufferedReader(new java.io.StringReader("Une gabare passe.\n"));
              });
      first.add(List.of(slow));
      assertTrue(
          refused[0].getMessage().contains("is being written by another process"),
          refused[0].getMessage());
      assertEquals(1, second.search("gabare", SearchOptions.DEFAULT).total());
    }
  }

  @Test
  void searchesFromManyThreadsWhileOneThreadIndexesSeeWholeCommitsOnly() throws Exception {
    int commits = 30;
    ExecutorService pool = Executors.newFixedThreadPool(5);
    AtomicBoolean writing = new AtomicBoolean(true);
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(dir)) {
      List<Future<Integer>> searchers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        searchers.add(
            pool.submit(
                () -> {
                  int searches = 0;
                  long last = 0;
                  while (writing.get() || searches == 0) {
                    long total = index.search("gabare", SearchOptions.DEFAULT.withLimit(1)).total();
                    assertEquals(0, total % PARAGRAPHS, "a search saw part of a commit: " + total);
                    assertTrue(
                        total >= last,
                        "a search went back to an older commit: " + total + " < " + last);
                    last = total;
                    searches++;
                  }
                  return searches;
                }));
      }
      for (int i = 0; i < commits; i++) {
        index.add(List.of(source(i)));
      }
      writing.set(false);
      for (Future<Integer> searcher : searchers) {
        assertTrue(searcher.get() > 0);
      }
      assertEquals(commits * PARAGRAPHS, index.search("gabare", SearchOptions.DEFAULT).total());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One source of {@link #PARAGRAPHS} paragraphs, each with the word "gabare". */
  private static Source source(int number) {
    StringBuilder text = new StringBuilder();
    for (int p = 1; p <= PARAGRAPHS; p++) {
      text.append("La gabare numéro ")
          .append(number)
          .append(" descend la Loire, paragraphe ")
          .append(p)
          .append(".\n");
    }
    return Source.text("gabares/" + number + ".txt", text.toString());
  }
}
