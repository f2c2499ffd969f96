package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.Hit;
import fr.paragraphe.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long paragraph shows windows around its matches on a terminal, unless --full. */
class TextOutputTest {
  private static final String WORDS = "mot ".repeat(1000); // 4,000 characters

  private static Hit hit(String text, List<Span> spans) {
    return new Hit("s", 1, null, 0, 1f, text, spans, List.of(), null);
  }

  @Test
  void aLongParagraphShowsWindowsAroundItsMatches() {
    String text = WORDS + "Tigre " + WORDS + "Tigre Tigre " + WORDS;
    int first = text.indexOf("Tigre");
    int second = text.indexOf("Tigre", first + 1);
    Hit hit =
        hit(
            text,
            List.of(
                new Span(first, first + 5),
                new Span(second, second + 5),
                new Span(second + 6, second + 11)));
    String shown = new TextOutput(Terminal.PLAIN, false, false).emphasised(hit);
    assertTrue(shown.length() < 2 * (2 * TextOutput.WINDOW + 30), shown);
    assertTrue(shown.startsWith("… mot "), shown);
    assertTrue(shown.endsWith(" mot …"), shown);
    assertTrue(shown.contains(" mot … … mot "), shown); // two windows
    assertTrue(shown.contains("**Tigre** **Tigre**"), shown); // one window for matches close by
    assertEquals(3, shown.split("\\*\\*Tigre\\*\\*", -1).length - 1, shown);
  }

  @Test
  void fullOrShortParagraphsArePrintedWhole() {
    String text = WORDS + "Tigre " + WORDS;
    int at = text.indexOf("Tigre");
    Hit hit = hit(text, List.of(new Span(at, at + 5)));
    assertEquals(
        WORDS + "**Tigre** " + WORDS, new TextOutput(Terminal.PLAIN, false, true).emphasised(hit));
    Hit short_ = hit("le Tigre", List.of(new Span(3, 8)));
    assertEquals("le **Tigre**", new TextOutput(Terminal.PLAIN, false, false).emphasised(short_));
  }
}
