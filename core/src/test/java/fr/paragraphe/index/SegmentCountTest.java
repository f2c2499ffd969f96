package fr.paragraphe.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.IndexingOptions;
import fr.paragraphe.Source;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.input.Paragraph;
import fr.paragraphe.input.ParagraphMode;
import fr.paragraphe.input.ParagraphSplitter;
import fr.paragraphe.spi.IndexedParagraph;
import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;

/**
 * Many small runs keep the index merged as a plain IndexWriter opened and closed per run keeps it.
 */
class SegmentCountTest {
  private static final int RUNS = 150;

  /**
   * Longer than Lucene's merge-on-commit waits (500 ms by default): a merge then ends after the
   * commit that started it, and only a writer that commits on close keeps it. Without the pause,
   * small merges often fit in the commit's wait and the count depends on timing.
   */
  private static final long MERGE_PAUSE_MILLIS = 700;

  private static String text(int run) {
    return "Sur la rive gauche du Tigre, dépêche "
        + run
        + ".\nLes combattants kurdes avancent.\nRien de neuf.";
  }

  @Test
  void manySmallRunsLeaveNoMoreSegmentsThanAPlainWriter() throws IOException {
    int ours;
    Directory ourDirectory = slowMerges(new ByteBuffersDirectory());
    try (IndexStore index = IndexStore.openOrCreate(ourDirectory, "ours", 64)) {
      for (int run = 0; run < RUNS; run++) {
        index.add(
            List.of(Source.text("source-" + run, text(run))),
            IndexingOptions.DEFAULT.withMode(ParagraphMode.LINES));
      }
      ours = SegmentInfos.readLatestCommit(ourDirectory).size();
    }
    int plain;
    try (Directory directory = new ByteBuffersDirectory()) {
      for (int run = 0; run < RUNS; run++) {
        String source = "source-" + run;
        IndexWriterConfig config =
            new IndexWriterConfig(new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
          writer.deleteDocuments(new Term(ParagraphFields.SOURCE, source));
          for (Paragraph paragraph : ParagraphSplitter.split(text(run), ParagraphMode.LINES)) {
            writer.addDocument(ParagraphDocument.of(IndexedParagraph.of(source, paragraph)));
          }
        }
      }
      plain = SegmentInfos.readLatestCommit(directory).size();
    }
    System.out.printf(
        Locale.ROOT, "segments after %d runs: ours %d, plain IndexWriter %d%n", RUNS, ours, plain);
    assertTrue(ours <= plain + 2, "ours " + ours + ", plain " + plain);
  }

  /** Each merged segment takes {@link #MERGE_PAUSE_MILLIS} more to write. */
  private static Directory slowMerges(Directory directory) {
    return new FilterDirectory(directory) {
      @Override
      public IndexOutput createOutput(String name, IOContext context) throws IOException {
        if (context.context() == IOContext.Context.MERGE && name.endsWith(".si")) {
          try {
            Thread.sleep(MERGE_PAUSE_MILLIS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while slowing a merge", e);
          }
        }
        return super.createOutput(name, context);
      }
    };
  }
}
