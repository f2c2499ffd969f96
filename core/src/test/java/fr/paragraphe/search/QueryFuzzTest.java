package fr.paragraphe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.QuerySyntaxException;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import fr.paragraphe.SeedIndex;
import fr.paragraphe.query.ParsedQuery;
import fr.paragraphe.query.QueryNode;
import fr.paragraphe.query.QueryNode.Bool;
import fr.paragraphe.spi.ParagraphFields;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any query string gives either a {@link QuerySyntaxException} pointing inside the query, or a
 * parsed query whose nodes all lie inside the query text, whose searched-as text is Lucene's own
 * text of the query rendered for it, and whose search on the sample article answers without an
 * exception. (That the OpenSearch rendering agrees with the Lucene one is checked over the same
 * inputs in module opensearch, which has the DSL.) A plain test run replays the inputs under {@code
 * src/test/resources/fr/paragraphe/search/QueryFuzzTestInputs/}; {@code core/fuzz} explores new
 * ones.
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
    check(
        query,
        ParsedQuery::parse,
        text -> index.search(text, SearchOptions.DEFAULT.withExplain(true)));
  }

  @FuzzTest
  void anyPhraseGivesResultsOrASyntaxError(@NotNull String phrase) {
    check(
        phrase, ParsedQuery::parsePhrase, text -> index.searchPhrase(text, SearchOptions.DEFAULT));
  }

  private static void check(
      String text, Function<String, ParsedQuery> parse, Function<String, SearchResult> search) {
    ParsedQuery parsed;
    try {
      parsed = parse.apply(text);
    } catch (QuerySyntaxException e) {
      assertInside(e, text);
      return;
    }
    assertSpansInside(parsed.root(), text);
    parsed
        .ignoredStopWords()
        .forEach(w -> assertTrue(w.start() >= 0 && w.end() <= text.length(), w::toString));
    String lucenesText = LuceneQuery.of(parsed).toString(ParagraphFields.TEXT);
    String ignored =
        parsed.ignoredStopWords().isEmpty()
            ? ""
            : parsed.ignoredStopWords().stream()
                .map(ParsedQuery.StopWord::word)
                .collect(Collectors.joining(" ", "  (stop words ignored: ", ")"));
    assertEquals(lucenesText + ignored, SearchedAs.text(parsed), text);
    SearchResult result = search.apply(text);
    assertEquals(SearchedAs.text(parsed), result.parsedQuery());
    assertTrue(result.hits().size() <= SearchOptions.DEFAULT.limit());
    assertTrue(result.total() >= result.hits().size());
  }

  /**
   * The caret goes under a character of the query, or under none when the problem is the whole
   * query (0).
   */
  private static void assertInside(QuerySyntaxException e, String text) {
    assertTrue(
        e.column() >= 0 && e.column() <= text.length(), () -> e.column() + ": " + e.getMessage());
  }

  private static void assertSpansInside(QueryNode node, String text) {
    assertTrue(
        0 <= node.start() && node.start() < node.end() && node.end() <= text.length(),
        node::toString);
    if (node instanceof Bool bool) {
      bool.clauses().forEach(clause -> assertSpansInside(clause.node(), text));
    }
  }
}
