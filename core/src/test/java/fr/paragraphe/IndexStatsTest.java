package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics of the sample article: 11 paragraphs, of which 7-11 repeat 2-6 verbatim. */
class IndexStatsTest {
  private static final String ANALYSIS =
      "MappingCharFilter (apostrophes to ', no-break spaces to spaces, soft hyphens and combining accents removed)"
          + " > StandardTokenizer > ElisionFilter (French articles, any case) > LowerCaseFilter > ASCIIFoldingFilter"
          + " > FrenchLightStemFilter > CommonGramsFilter (pairs with: de la et le à il les un en que je des)";

  @TempDir Path dir;

  @Test
  void theSeedHasFiveDuplicatedTextsAndFiveDuplicateParagraphs() throws Exception {
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      IndexStats stats = index.stats();
      assertEquals(new IndexStats(1, 11, 5, 5, 119, stats.sizeInBytes(), "10.6.0", ANALYSIS), stats);
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
      assertEquals(new IndexStats(0, 0, 0, 0, 0, stats.sizeInBytes(), "10.6.0", ANALYSIS), stats);
    }
  }

  /** Replaced and removed paragraphs stay in Lucene's terms until a merge: they must not be counted. */
  @Test
  void deletedParagraphsAreNotCounted() throws Exception {
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      index.add(List.of(Source.text(SeedIndex.NAME, Files.readString(SeedIndex.SEED))));
      index.add(List.of(Source.text("note", "Tout autre chose.")));
      index.remove(List.of("note"));
      IndexStats stats = index.stats();
      assertEquals(new IndexStats(1, 11, 5, 5, 119, stats.sizeInBytes(), "10.6.0", ANALYSIS), stats);
    }
  }

  @Test
  void sizeIsTheSizeOfTheCommitsFilesOnDisk() throws Exception {
    Path indexDir = dir.resolve("index");
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(indexDir)) {
      index.add(List.of(Source.text(SeedIndex.NAME, Files.readString(SeedIndex.SEED))));
      long onDisk;
      try (Stream<Path> files = Files.list(indexDir)) {
        // The lock file is empty and not part of the commit; a single commit leaves no other file behind.
        onDisk = files.mapToLong(file -> file.toFile().length()).sum();
      }
      assertEquals(onDisk, index.stats().sizeInBytes());
    }
  }
}
