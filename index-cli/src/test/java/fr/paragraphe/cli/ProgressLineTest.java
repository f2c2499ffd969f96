package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.IndexingProgress;
import org.junit.jupiter.api.Test;

/** The progress line: fields apart, within the terminal's width, the least useful dropped first. */
class ProgressLineTest {
  private static final long MB = 1 << 20;
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aWideTerminalShowsEveryFieldApart() {
    IndexingProgress progress = new IndexingProgress(12, 124, 34_567, 62 * MB, 124 * MB);
    assertEquals(
        "indexing 50%  62/124 MB  12/124 files  4.0 MB/s  ETA 0:16  34567 paragraphs",
        ProgressLine.format(progress, 15_500_000_000L, 120));
  }

  @Test
  void anEightyColumnTerminalGetsAtMostSeventyNineColumns() {
    IndexingProgress progress =
        new IndexingProgress(1_234, 98_765, 12_345_678, 12_345 * MB, 123_456 * MB);
    String line = ProgressLine.format(progress, 3_000 * SECOND, 80);
    assertTrue(line.length() <= 79, line);
    assertEquals("indexing 9%  12345/123456 MB  1234/98765 files  4.1 MB/s  ETA 7:30:01", line);
  }

  @Test
  void aNarrowTerminalKeepsThePercentageFirst() {
    IndexingProgress progress = new IndexingProgress(1, 3, 10, MB, 3 * MB);
    assertEquals("indexing 33%  1/3 MB", ProgressLine.format(progress, 2 * SECOND, 24));
  }

  @Test
  void noSpeedNorEtaBeforeAnythingIsRead() {
    IndexingProgress progress = new IndexingProgress(0, 124, 0, 0, 124 * MB);
    assertEquals(
        "indexing 0%  0/124 MB  0/124 files  0 paragraphs",
        ProgressLine.format(progress, SECOND, 80));
  }

  @Test
  void copyingCountsSources() {
    IndexingProgress progress = new IndexingProgress(3, 12, 456, 0, 0);
    assertEquals(
        "copying 25%  3/12 sources  456 paragraphs", ProgressLine.format(progress, 2 * SECOND, 80));
  }
}
