package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.paragraphe.input.ParagraphMode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.SegmentInfos;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A disk that fills up while indexing is the index's failure, not the input's, and leaves nothing
 * behind.
 */
class FullDiskTest {
  /** Enough text that a writer with a 1 MB buffer writes segments while adding, on every thread. */
  private static List<Source> bigSources() {
    return IntStream.rangeClosed(1, 4)
        .<Source>mapToObj(
            s ->
                Source.text(
                    "big-" + s,
                    IntStream.rangeClosed(1, 6000)
                        .mapToObj(
                            i ->
                                "Au bord de l'Euphrate, le paragraphe "
                                    + i
                                    + " de la source "
                                    + s
                                    + ".")
                        .collect(Collectors.joining("\n"))))
        .toList();
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 3})
  void aFullDiskNamesTheIndexKeepsThePreviousCommitAndLeavesNoFile(int threads) throws IOException {
    FullDisk disk = new FullDisk();
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(disk, "full-index", 1)) {
      index.add(List.of(Source.text("old", "Sur la rive gauche du Tigre.")));
      Set<String> committed = Set.copyOf(SegmentInfos.readLatestCommit(disk).files(true));
      disk.fillUpAfter(100_000);

      IndexingOptions options =
          IndexingOptions.DEFAULT.withMode(ParagraphMode.LINES).withThreads(threads);
      IndexWriteException failure =
          assertThrows(IndexWriteException.class, () -> index.add(bigSources(), options));

      assertEquals(
          "writing the index full-index failed: No space left on device; nothing of this run was committed",
          failure.getMessage());
      assertEquals(committed, Set.copyOf(SegmentInfos.readLatestCommit(disk).files(true)));
      assertEquals(Set.of(), disk.strayFiles());
      assertEquals(1, index.search("Tigre", SearchOptions.DEFAULT).total());
      assertEquals(0, index.search("Euphrate", SearchOptions.DEFAULT).total());

      disk.freeSpace();
      index.add(bigSources(), options);
      assertEquals(4 * 6000, index.search("Euphrate", SearchOptions.DEFAULT).total());
    }
  }
}
