package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every query of the project's query set ({@code queries.txt} of module opensearch) and 500
 * generated ones find on the sample article the same paragraphs, with the same scores and
 * highlights, and show the same query as searched, as they did when the syntax was parsed straight
 * into Lucene queries: {@code search-parity.txt} holds what that parser gave, two lines per query
 * (the query, then its outcome). Prefixes find more since they also match the stems cut shorter
 * than them (see {@code PrefixTest}): a query with a prefix shows the same query as searched, and
 * without negation finds at least the paragraphs it found.
 */
class SearchParityTest {

  @Test
  void queriesFindWhatTheyFoundBefore() throws Exception {
    List<String> lines =
        Files.readAllLines(
            Path.of("src", "test", "resources", "fr", "paragraphe", "search-parity.txt"));
    List<String> differences = new ArrayList<>();
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      for (int i = 0; i < lines.size(); i += 2) {
        String query = lines.get(i);
        String outcome = outcome(index, query);
        boolean same =
            query.contains("*")
                ? searchedAs(outcome).equals(searchedAs(lines.get(i + 1)))
                    && (query.contains("-")
                        || query.contains("NOT")
                        || paragraphs(outcome).containsAll(paragraphs(lines.get(i + 1))))
                : outcome.equals(lines.get(i + 1));
        if (!same) {
          differences.add(
              lines.get(i) + "\n  before: " + lines.get(i + 1) + "\n  now:    " + outcome);
        }
      }
    }
    assertEquals("", String.join("\n", differences));
  }

  private static String searchedAs(String outcome) {
    return outcome.substring(0, outcome.indexOf(" | "));
  }

  private static Set<String> paragraphs(String outcome) {
    String hits = outcome.substring(outcome.lastIndexOf(" | ") + 3);
    return hits.isEmpty()
        ? Set.of()
        : Arrays.stream(hits.split("; "))
            .map(hit -> hit.substring(0, hit.indexOf(' ')))
            .collect(Collectors.toSet());
  }

  /**
   * The query as searched, then each hit (all of them, duplicates as hits) with its score and
   * highlights.
   */
  static String outcome(ParagraphIndex index, String query) {
    SearchResult result =
        index.search(query, SearchOptions.DEFAULT.withLimit(100).withCollapseDuplicates(false));
    return result.parsedQuery()
        + " | "
        + result.total()
        + " | "
        + result.hits().stream()
            .map(
                hit ->
                    hit.paragraph()
                        + " "
                        + String.format(Locale.ROOT, "%.6f", hit.score())
                        + " "
                        + hit.highlights().stream()
                            .map(span -> span.start() + "-" + span.end())
                            .collect(Collectors.joining(",")))
            .collect(Collectors.joining("; "));
  }
}
