package fr.paragraphe.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The splitter refuses a paragraph over its limit before holding it, and says where it starts. */
class ParagraphLimitTest {

  private static List<String> split(String text, ParagraphMode mode, int maxChars)
      throws Exception {
    List<String> paragraphs = new ArrayList<>();
    ParagraphSplitter.split(
        new BufferedReader(new StringReader(text)), mode, p -> paragraphs.add(p.text()), maxChars);
    return paragraphs;
  }

  @Test
  void aParagraphOfTheLimitIsKept() throws Exception {
    assertEquals(
        List.of("aaaa bbbb", "c"), split("aaaa\nbbbb\n\nc\n", ParagraphMode.BLANK_LINES, 9));
  }

  @Test
  void joinedLinesOverTheLimitAreRefusedAtTheLineTheParagraphStarts() {
    String text = "court.\n\naaaa\nbbbb\ncccc\n";
    ParagraphTooLongException e =
        assertThrows(
            ParagraphTooLongException.class, () -> split(text, ParagraphMode.BLANK_LINES, 10));
    assertEquals(3, e.line());
  }

  @Test
  void aSingleLineOverTheLimitIsRefusedBeforeItIsRead() {
    String text = "court.\n" + "x".repeat(100) + "\n";
    ParagraphTooLongException e =
        assertThrows(ParagraphTooLongException.class, () -> split(text, ParagraphMode.LINES, 10));
    assertEquals(2, e.line());
  }

  @Test
  void linesEndAsWithReadLine() throws Exception {
    LineReader lines = new LineReader(new StringReader("a\r\nb\rc\n\nd"), 10);
    List<String> read = new ArrayList<>();
    for (String line = lines.next(); line != null; line = lines.next()) {
      read.add(line);
    }
    assertEquals(List.of("a", "b", "c", "", "d"), read);
  }
}
