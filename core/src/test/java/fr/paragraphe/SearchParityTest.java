package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every query of the project's query set ({@code queries.txt} of module opensearch) and 500 generated ones find
 * on the sample article the same paragraphs, with the same scores and highlights, and show the same query as
 * searched, as they did when the syntax was parsed straight into Lucene queries: {@code search-parity.txt} holds
 * what that parser gave, two lines per query (the query, then its outcome).
 */
class SearchParityTest {

  @Test
  void queriesFindWhatTheyFoundBefore() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("src", "test", "resources", "fr", "paragraphe", "search-parity.txt"));
    List<String> differences = new ArrayList<>();
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      for (int i = 0; i < lines.size(); i += 2) {
        String outcome = outcome(index, lines.get(i));
        if (!outcome.equals(lines.get(i + 1))) {
          differences.add(lines.get(i) + "\n  before: " + lines.get(i + 1) + "\n  now:    " + outcome);
        }
      }
    }
    assertEquals("", String.join("\n", differences));
  }

  /** The query as searched, then each hit (all of them, duplicates as hits) with its score and highlights. */
  static String outcome(ParagraphIndex index, String query) {
    SearchResult result = index.search(query, SearchOptions.DEFAULT.withLimit(100).withCollapseDuplicates(false));
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
