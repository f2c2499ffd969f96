package fr.paragraphe.opensearch;

import static fr.paragraphe.opensearch.HighlightedText.END;
import static fr.paragraphe.opensearch.HighlightedText.START;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {
  private static final String TEXT = "sur la rive gauche du Tigre, au nord";

  @Test
  void readsTheMarkedWordsAsOffsetsIntoTheText() {
    String marked =
        "sur la " + START + "rive" + END + " gauche du " + START + "Tigre" + END + ", au nord";
    assertEquals(
        List.of(new Span(7, 11), new Span(22, 27)), HighlightedText.spans(TEXT, marked, false));
  }

  @Test
  void joinsTheWordsOfAPhraseThatOnlySpacesSeparate() {
    String marked =
        "sur la "
            + START
            + "rive"
            + END
            + " "
            + START
            + "gauche"
            + END
            + " "
            + START
            + "du"
            + END
            + " "
            + START
            + "Tigre"
            + END
            + ", au nord";
    assertEquals(List.of(new Span(7, 27)), HighlightedText.spans(TEXT, marked, true));
    assertEquals(4, HighlightedText.spans(TEXT, marked, false).size());
  }

  @Test
  void givesNoSpanRatherThanWrongOnes() {
    // The highlighter returned another text (truncated, say): offsets would point at the wrong
    // words.
    assertEquals(List.of(), HighlightedText.spans(TEXT, START + "rive" + END + " gauche", false));
    // The text holds the marker itself.
    String odd = "rive" + START + " gauche";
    assertEquals(
        List.of(), HighlightedText.spans(odd, START + "rive" + END + START + " gauche", false));
  }
}
