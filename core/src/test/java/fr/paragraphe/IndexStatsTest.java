package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics of the sample article: 11 paragraphs, of which 7-11 repeat 2-6 verbatim. */
class IndexStatsTest {
  private static final String ANALYSIS =
      "character map (as MappingCharFilter: apostrophes U+02BB U+02BC U+2018 U+2019 U+FF07 to ', no-break spaces"
          + " U+00A0 U+2007 U+202F to U+0020, soft hyphen U+00AD removed, combining accents U+0300-U+036F removed)"
          + " > words (as StandardTokenizer) > elision (as ElisionFilter: l m t qu n s j d c jusqu quoiqu lorsqu"
          + " puisqu, any case) > lower case (as LowerCaseFilter) > ASCII folding (as ASCIIFoldingFilter) > French"
          + " light stemming (as FrenchLightStemFilter) > pairs of common words (as CommonGramsFilter: de la et le à"
          + " il les un en que je des)";

  /** Any size: the size is checked on its own, against the files themselves. */
  private static final long ANY = -1;

  @TempDir Path dir;

  @Test
  void theSeedHasFiveDuplicatedTextsAndFiveDuplicateParagraphs() throws Exception {
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      IndexStats stats = index.stats();
      assertEquals(
          new IndexStats(1, 11, 5, 5, 119, ANY, "10.6.0", ANALYSIS, Map.of("text", 1)),
          anySize(stats));
      // The seed is 2.5 KB of text; its index stores it, with postings, offsets, pairs and each
      // file's header.
      long text = Files.size(SeedIndex.SEED);
      assertTrue(
          stats.sizeInBytes() > text && stats.sizeInBytes() < 10 * text,
          stats.sizeInBytes() + " bytes");
    }
  }

  /** The words only: the index also holds pairs such as de_la, which are not words of the text. */
  @Test
  void distinctTermsAreTheDistinctWordsOfTheText() throws Exception {
    try (ParagraphIndex index = SeedIndex.inMemory();
        FrenchParagraphAnalyzer allWords = new FrenchParagraphAnalyzer(Mode.ALL_WORDS)) {
      long words = new HashSet<>(allWords.terms(Files.readString(SeedIndex.SEED))).size();
      assertEquals(119, words);
      assertEquals(words, index.stats().distinctTerms());
    }
  }

  @Test
  void anEmptyIndexHasNothing() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      IndexStats stats = index.stats();
      assertEquals(
          new IndexStats(0, 0, 0, 0, 0, ANY, "10.6.0", ANALYSIS, Map.of()), anySize(stats));
      // One segments file: a header, a footer and the commit data, within a kilobyte.
      assertTrue(
          stats.sizeInBytes() > 0 && stats.sizeInBytes() < 1024, stats.sizeInBytes() + " bytes");
    }
  }

  /**
   * Replaced and removed paragraphs stay in Lucene's terms until a merge: they must not be counted.
   */
  @Test
  void deletedParagraphsAreNotCounted() throws Exception {
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      index.add(List.of(Source.text(SeedIndex.NAME, Files.readString(SeedIndex.SEED))));
      index.add(List.of(Source.text("note", "Tout autre chose.")));
      index.remove(List.of("note"));
      IndexStats stats = index.stats();
      assertEquals(
          new IndexStats(1, 11, 5, 5, 119, ANY, "10.6.0", ANALYSIS, Map.of("text", 1)),
          anySize(stats));
    }
  }

  @Test
  void sizeIsTheSizeOfTheCommitsFilesOnDisk() throws Exception {
    Path indexDir = dir.resolve("index");
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(indexDir)) {
      index.add(List.of(Source.text(SeedIndex.NAME, Files.readString(SeedIndex.SEED))));
      long onDisk;
      try (Stream<Path> files = Files.list(indexDir)) {
        // The lock file is empty and not part of the commit; a single commit leaves no other file
        // behind.
        onDisk = files.mapToLong(file -> file.toFile().length()).sum();
      }
      assertEquals(onDisk, index.stats().sizeInBytes());
    }
  }

  /**
   * Sizes on disk after several commits: the files the last commit names, measured by the file
   * system.
   */
  @Test
  void sizeIsTheSizeOfTheFilesTheLastCommitNames() throws Exception {
    Path indexDir = dir.resolve("index");
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(indexDir)) {
      index.add(List.of(Source.text(SeedIndex.NAME, Files.readString(SeedIndex.SEED))));
      index.add(List.of(Source.text("note", "Tout autre chose.")));
      index.remove(List.of("note"));
      long named = 0;
      try (Directory directory = FSDirectory.open(indexDir)) {
        for (String file : SegmentInfos.readLatestCommit(directory).files(true)) {
          named += Files.size(indexDir.resolve(file));
        }
      }
      assertEquals(named, index.stats().sizeInBytes());
    }
  }

  private static IndexStats anySize(IndexStats stats) {
    return new IndexStats(
        stats.sources(),
        stats.paragraphs(),
        stats.duplicateTexts(),
        stats.duplicateParagraphs(),
        stats.distinctTerms(),
        ANY,
        stats.luceneVersion(),
        stats.analysis(),
        stats.sourcesByFormat());
  }
}
