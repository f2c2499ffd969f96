package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any query string gives results or a {@link QuerySyntaxException}, never another exception. A plain test run
 * replays the inputs under {@code src/test/resources/fr/paragraphe/QueryFuzzTestInputs/}; {@code core/fuzz}
 * explores new ones.
 */
class QueryFuzzTest {
  private static ParagraphIndex index;

  @BeforeAll
  static void openSeed() throws Exception {
    index = SeedIndex.inMemory();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @FuzzTest
  void anyQueryGivesResultsOrASyntaxError(@NotNull String query) {
    SearchResult result;
    try {
      result = index.search(query, SearchOptions.DEFAULT.withExplain(true));
    } catch (QuerySyntaxException expected) {
      assertTrue(expected.column() >= 0 && expected.column() <= query.length() + 1, expected.getMessage());
      return;
    }
    assertTrue(result.hits().size() <= SearchOptions.DEFAULT.limit());
  }

  @FuzzTest
  void anyPhraseGivesResultsOrASyntaxError(@NotNull String phrase) {
    try {
      index.searchPhrase(phrase, SearchOptions.DEFAULT);
    } catch (QuerySyntaxException expected) {
      // a phrase without words, or too long
    }
  }
}
