package fr.paragraphe.input;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any bytes in a file give paragraphs, each non-blank and numbered in order, or a {@link
 * NotTextException}: decoding and splitting never fail otherwise.
 */
class SplitterFuzzTest {
  private static Path file;

  @BeforeAll
  static void createFile() throws Exception {
    file = Files.createTempFile("paragraphe-fuzz", ".txt");
  }

  @AfterAll
  static void deleteFile() throws Exception {
    Files.deleteIfExists(file);
  }

  @FuzzTest
  void anyBytesGiveParagraphsOrNotText(byte @NotNull [] bytes) throws Exception {
    Files.write(file, bytes);
    TextFile text;
    try {
      text = TextFile.inspect(file, null);
    } catch (NotTextException expected) {
      return;
    }
    int[] count = {0};
    try (BufferedReader reader = text.open(null)) {
      ParagraphSplitter.split(
          reader,
          text.mode(),
          paragraph -> {
            assertFalse(paragraph.text().isBlank(), "blank paragraph " + paragraph);
            assertTrue(paragraph.number() == ++count[0], "paragraphs out of order: " + paragraph);
          });
    }
    assertTrue(count[0] > 0, "a file with text gave no paragraph");
  }
}
