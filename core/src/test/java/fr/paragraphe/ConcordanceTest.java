package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A concordance lists exactly the spans highlighting marks, in every matching paragraph, in reading
 * order, with its context cut at word boundaries.
 */
class ConcordanceTest {
  private static final SearchOptions EVERY_HIT =
      SearchOptions.DEFAULT.withLimit(100_000).withCollapseDuplicates(false);

  @Test
  void occurrencesAreTheHighlightsOfEveryHit() throws Exception {
    String seed = Files.readString(SeedIndex.SEED);
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(
          List.of(
              Source.text(SeedIndex.NAME, seed),
              Source.text("generated.txt", generated(seed, 400, 7))));
      List<String> queries = queries(seed, 11);
      int compared = 0;
      for (String query : queries) {
        compared += compare(index, query);
      }
      assertTrue(queries.size() > 200, "queries: " + queries.size());
      assertTrue(compared > 2000, "occurrences compared: " + compared);
    }
  }

  /** Compares concordance and highlights for one query; returns the number of occurrences. */
  private static int compare(ParagraphIndex index, String query) {
    Map<String, List<Span>> highlighted = new LinkedHashMap<>();
    SearchResult result;
    try {
      result = index.search(query, EVERY_HIT);
    } catch (QuerySyntaxException stopWordsOnly) {
      return 0;
    }
    for (Hit hit : result.hits()) {
      highlighted.put(hit.source() + ":" + hit.paragraph(), hit.highlights());
    }
    Map<String, List<Span>> listed = new LinkedHashMap<>();
    try (Stream<Occurrence> found = index.concordance(query, ConcordanceOptions.DEFAULT)) {
      found.forEach(
          o ->
              listed
                  .computeIfAbsent(o.source() + ":" + o.paragraph(), k -> new ArrayList<>())
                  .add(new Span(o.start(), o.end())));
    }
    highlighted.values().removeIf(List::isEmpty);
    assertEquals(new java.util.TreeMap<>(highlighted), new java.util.TreeMap<>(listed), query);
    return listed.values().stream().mapToInt(List::size).sum();
  }

  /** Phrases cut from the text, with slop, prefixes and boolean queries made of them. */
  private static List<String> queries(String text, long seed) {
    String[] words = text.split("[\\s«»(),.]+");
    Random random = new Random(seed);
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      int at = random.nextInt(words.length - 4);
      int length = 1 + random.nextInt(4);
      String phrase = String.join(" ", List.of(words).subList(at, at + length));
      queries.add("\"" + phrase + "\"");
      queries.add("\"" + phrase + "\"~2");
      String word = words[at].replace("\"", "");
      if (word.length() > 3) {
        queries.add(word.substring(0, 3).toLowerCase(Locale.ROOT) + "*");
      }
      String other = words[random.nextInt(words.length)].replace("\"", "");
      queries.add(word + " OR " + other);
      queries.add("\"" + phrase + "\" AND " + other);
    }
    queries.removeIf(q -> q.contains("\"\"") || q.isBlank());
    return queries;
  }

  /** Paragraphs of the seed's words in a shuffled order: many repeats, common words paired. */
  private static String generated(String seed, int paragraphs, long randomSeed) {
    String[] words = seed.split("\\s+");
    Random random = new Random(randomSeed);
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      int at = random.nextInt(words.length - 30);
      for (int w = 0; w < 30; w++) {
        // Runs of the seed, then a jump: phrases of the seed recur, also several times a line.
        at = random.nextInt(5) == 0 ? random.nextInt(words.length - 30) : at + 1;
        text.append(words[Math.min(at, words.length - 1)]).append(' ');
      }
      text.append("\n\n");
    }
    return text.toString();
  }

  @Test
  void aParagraphWithAPhraseThreeTimesGivesThreeOccurrences() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(
          List.of(
              Source.text(
                  "a.txt",
                  "La rive gauche, puis la Rive Gauche encore, et enfin la rive gauche du fleuve.")));
      try (Stream<Occurrence> found =
          index.concordance("\"rive gauche\"", ConcordanceOptions.DEFAULT.withWidth(12))) {
        List<Occurrence> list = found.toList();
        assertEquals(
            List.of("rive gauche", "Rive Gauche", "rive gauche"),
            list.stream().map(Occurrence::match).toList());
        assertEquals("La ", list.get(0).left());
        assertEquals(", puis la ", list.get(0).right());
        assertEquals(" puis la ", list.get(1).left()); // "gauche," is cut at the width: left out
        assertEquals(" du fleuve.", list.get(2).right());
      }
    }
  }

  @Test
  void duplicatesAndSourcesComeInReadingOrder() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      // Indexed in this order, b first, then a: a new segment for a, which still comes first.
      index.add(List.of(Source.text("b.txt", "Mossoul.\n\nRien.\n\nMossoul, encore.")));
      index.add(List.of(Source.text("a.txt", "Mossoul.")));
      index.add(List.of(Source.text("c.txt", "Mossoul.")));
      try (Stream<Occurrence> found = index.concordance("mossoul", ConcordanceOptions.DEFAULT)) {
        assertEquals(
            List.of("a.txt:1", "b.txt:1", "b.txt:3", "c.txt:1"),
            found.map(o -> o.source() + ":" + o.paragraph()).toList());
      }
    }
  }

  @Test
  void contextsAreCutAtWordBoundaries() {
    String text = "un deux trois quatre cinq MATCH six sept huit neuf dix";
    int start = text.indexOf("MATCH");
    int end = start + 5;
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(List.of(Source.text("a.txt", text)));
      for (int width = 0; width < 40; width++) {
        try (Stream<Occurrence> found =
            index.concordance("match", ConcordanceOptions.DEFAULT.withWidth(width))) {
          Occurrence o = found.findFirst().orElseThrow();
          assertTrue(o.left().length() <= width && o.right().length() <= width, o.toString());
          assertEquals(
              text.substring(start - o.left().length(), end + o.right().length()),
              o.left() + o.match() + o.right());
          assertFalse(
              start - o.left().length() > 0
                  && !Character.isWhitespace(text.charAt(start - o.left().length() - 1))
                  && !o.left().isEmpty()
                  && !Character.isWhitespace(o.left().charAt(0)),
              "a word cut on the left: " + o);
          int after = end + o.right().length();
          assertFalse(
              after < text.length()
                  && !o.right().isEmpty()
                  && !Character.isWhitespace(text.charAt(after))
                  && !Character.isWhitespace(text.charAt(after - 1)),
              "a word cut on the right: " + o);
        }
      }
    }
  }

  @Test
  void aSyntaxErrorComesAtOnce() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      assertThrows(
          QuerySyntaxException.class,
          () -> index.concordance("\"rive gauche", ConcordanceOptions.DEFAULT));
    }
  }

  @Test
  void countsPerSourceAndPerForm() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(
          List.of(
              Source.text("a.txt", "L'armée, l’Armée.\n\nArmées."),
              Source.text("b.txt", "une armée")));
      OccurrenceCounts counts;
      try (Stream<Occurrence> found = index.concordance("armée", ConcordanceOptions.DEFAULT)) {
        counts = OccurrenceCounts.of(found);
      }
      assertEquals(
          List.of(
              new OccurrenceCounts.Count("a.txt", 3, 2), new OccurrenceCounts.Count("b.txt", 1, 1)),
          counts.bySource());
      assertEquals(
          List.of(
              new OccurrenceCounts.Count("Armées", 1, 1),
              new OccurrenceCounts.Count("L'armée", 1, 1),
              new OccurrenceCounts.Count("armée", 1, 1),
              new OccurrenceCounts.Count("l’Armée", 1, 1)),
          counts.byForm());
      assertEquals(4, counts.occurrences());
    }
  }
}
