package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.paragraphe.input.ParagraphMode;
import fr.paragraphe.input.ParagraphSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text over the paragraph limit, at its real size, is refused with the source and line, not indexed
 * whole.
 */
class ParagraphSizeLimitTest {

  @Test
  void aFileWithoutLineBreaksOverTheLimitIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sans-retour.txt");
    Files.writeString(
        file, "Le Tigre.\n\n" + "a".repeat(ParagraphSplitter.MAX_PARAGRAPH_CHARS + 1));
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> index.add(List.of(Source.file(file))));
      assertEquals(3, e.line());
      assertEquals(
          Source.nameOf(file)
              + ":3: the paragraph starting here is longer than 67,108,864 characters: split it with blank lines or"
              + " line breaks",
          e.getMessage());
      assertEquals(0, index.stats().paragraphs());
    }
  }

  @Test
  void joinedLinesOverTheLimitAreRefused() {
    String line = "b".repeat(1024 * 1024) + "\n";
    String text =
        "Le Tigre.\n\n" + line.repeat(ParagraphSplitter.MAX_PARAGRAPH_CHARS / line.length() + 1);
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () -> index.add(List.of(Source.text("long.txt", text)), ParagraphMode.BLANK_LINES));
      assertEquals("long.txt", e.source());
      assertEquals(3, e.line());
    }
  }
}
