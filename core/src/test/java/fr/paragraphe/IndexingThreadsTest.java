package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.input.ParagraphMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Indexing on several threads gives the index one thread gives, paragraph numbers and replacements
 * included.
 */
class IndexingThreadsTest {
  /** Many batches of paragraphs, with duplicates and a phrase in known paragraphs. */
  private static final String TEXT =
      IntStream.rangeClosed(1, 5000)
          .mapToObj(
              i ->
                  i % 97 == 0
                      ? "Sur la rive gauche du Tigre, rien de neuf."
                      : "Paragraphe numéro " + i + ".")
          .collect(Collectors.joining("\n"));

  private static SearchResult search(int threads, List<Source> sources) {
    List<IndexingProgress> progress = new ArrayList<>();
    IndexingOptions options =
        IndexingOptions.DEFAULT
            .withMode(ParagraphMode.LINES)
            .withThreads(threads)
            .withListener(
                new IndexingListener() {
                  @Override
                  public void progress(IndexingProgress p) {
                    progress.add(p);
                  }
                });
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(List.of(Source.text("old", "Sur la rive gauche du Tigre.")), options);
      IndexingReport report = index.add(sources, options);
      assertEquals(sources.size(), report.sources());
      assertTrue(progress.size() > sources.size(), "progress within long sources too");
      return index.search("\"rive gauche du Tigre\"", SearchOptions.DEFAULT.withLimit(100));
    }
  }

  @Test
  void twoThreadsIndexAsOne() {
    List<Source> sources = List.of(Source.text("a", TEXT), Source.text("old", TEXT));
    SearchResult one = search(1, sources);
    SearchResult two = search(2, sources);
    assertEquals(one, two);
    assertEquals(2 * (5000 / 97), one.total());
  }

  @Test
  void aSourceNamedTwiceInOneRunKeepsOnlyItsLastText() {
    List<Source> sources =
        List.of(Source.text("a", TEXT), Source.text("a", "Rien sur la rive gauche du Tigre."));
    for (int threads : new int[] {1, 2, 3}) {
      SearchResult result = search(threads, sources);
      assertEquals(1 + 1, result.total(), "threads " + threads); // "a" once, "old" untouched
    }
  }
}
