package fr.paragraphe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.Hit;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.ParagraphRef;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import fr.paragraphe.Source;
import fr.paragraphe.input.ParagraphMode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The duplicates listed under a hit: every live copy but the hit, in reading order, across
 * segments, capped.
 */
class DuplicatesTest {
  private static final String SAME = "Le Tigre déborde.";

  @Test
  void copiesInSeveralSegmentsComeInReadingOrderWithoutRemovedOnes() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      // One commit each: three segments, the source names out of order, "é" sorting after ASCII as
      // in UTF-8.
      index.add(
          List.of(
              Source.text("é.txt", SAME), Source.text("b.txt", "Autre.\n" + SAME + "\n" + SAME)),
          ParagraphMode.LINES);
      index.add(
          List.of(Source.text("a.txt", SAME), Source.text("gone.txt", SAME)), ParagraphMode.LINES);
      index.add(List.of(Source.text("c.txt", "LE TIGRE DEBORDE.")), ParagraphMode.LINES);
      index.remove(List.of("gone.txt"));

      SearchResult result = index.search("déborde", SearchOptions.DEFAULT);
      assertEquals(5, result.total());
      assertEquals(1, result.hits().size(), "all five have the same normalised text");
      Hit hit = result.hits().get(0);
      assertEquals(new ParagraphRef("a.txt", 1), new ParagraphRef(hit.source(), hit.paragraph()));
      assertEquals(
          List.of(
              new ParagraphRef("b.txt", 2),
              new ParagraphRef("b.txt", 3),
              new ParagraphRef("c.txt", 1),
              new ParagraphRef("é.txt", 1)),
          hit.duplicates());
    }
  }

  @Test
  void atMostTheFirstThousandCopiesAreListed() {
    String text =
        String.join(
            "\n", IntStream.range(0, Duplicates.MAX_LISTED + 5).mapToObj(i -> SAME).toList());
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(
          List.of(Source.text("z.txt", text), Source.text("y.txt", SAME)), ParagraphMode.LINES);
      Hit hit = index.search("déborde", SearchOptions.DEFAULT).hits().get(0);
      assertEquals(new ParagraphRef("y.txt", 1), new ParagraphRef(hit.source(), hit.paragraph()));
      List<ParagraphRef> expected =
          IntStream.rangeClosed(1, Duplicates.MAX_LISTED)
              .mapToObj(n -> new ParagraphRef("z.txt", n))
              .toList();
      assertEquals(expected, hit.duplicates());
    }
  }
}
