package fr.paragraphe.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.SeedIndex;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The words placed by the character map and the tokenizer alone are where the whole index chain
 * puts them: its filters change words but never add or drop a position, so highlighting may skip
 * them.
 */
class WordPositionsTest {
  private static final FrenchParagraphAnalyzer INDEX =
      new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX);

  @Test
  void theSeedArticleLineByLine() throws Exception {
    for (String line : Files.readAllLines(SeedIndex.SEED)) {
      assertSamePlaces(line);
    }
  }

  @Test
  void randomTextOfTrickyCharacters() {
    String palette =
        "aé Lld'’ʼ\u00A0\u202F\u00AD\u0301-_.,«»qujusqu à de la et le 1914 cœur ÆŒ\uD83D\uDE00\t\n";
    Random random = new Random(3);
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(80); i > 0; i--) {
        text.append(palette.charAt(random.nextInt(palette.length())));
      }
      assertSamePlaces(text.toString());
    }
  }

  private static void assertSamePlaces(String text) {
    List<String> chain = new ArrayList<>();
    for (AnalyzedToken token : INDEX.analyze(text)) {
      if (!token.type().equals("gram")) {
        chain.add(token.position() + " " + token.startOffset() + "-" + token.endOffset());
      }
    }
    WordPositions words = WordPositions.of(text, Integer.MAX_VALUE - 1);
    List<String> placed = new ArrayList<>();
    for (int position = 0; position < words.count(); position++) {
      placed.add(position + " " + words.start(position) + "-" + words.end(position));
    }
    assertEquals(chain, placed, text);
  }
}
