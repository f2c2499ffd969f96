package fr.paragraphe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.QuerySyntaxException;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SeedIndex;
import fr.paragraphe.Source;
import fr.paragraphe.query.ParsedQuery;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Queries beyond a limit fail with a {@link QuerySyntaxException} that says which limit, not with
 * Lucene's errors.
 */
class QueryLimitsTest {

  @Test
  void aQueryLongerThanTheLimitIsRefused() throws Exception {
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      String query = "Tigre ".repeat(2_000);
      QuerySyntaxException e =
          assertThrows(
              QuerySyntaxException.class, () -> index.search(query, SearchOptions.DEFAULT));
      assertEquals("the query is 12,000 characters long; the limit is 4,000", e.getMessage());
      assertEquals(0, e.column());
      assertThrows(
          QuerySyntaxException.class, () -> index.searchPhrase(query, SearchOptions.DEFAULT));
    }
  }

  @Test
  void aQueryOfTheLimitLengthIsSearched() throws Exception {
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      String query = "Tigre" + " ".repeat(ParsedQuery.MAX_LENGTH - 5);
      assertTrue(index.search(query, SearchOptions.DEFAULT).total() > 0);
    }
  }

  @Test
  void tooManyWordsIsASyntaxErrorNotTooManyClauses() throws Exception {
    try (ParagraphIndex index = SeedIndex.inMemory()) {
      // 1,200 different words (0, 1, ..., z, 10, ...) in 3,564 characters, each a clause.
      // Different, because
      // Lucene folds repeated clauses into one. (A phrase is one clause whatever its length; the
      // length limit
      // bounds it.)
      String words =
          IntStream.range(0, 1_200)
              .mapToObj(i -> Integer.toString(i, 36))
              .collect(Collectors.joining(" "));
      for (String query : List.of(words, "(" + words + ")", "Tigre OR (" + words + ")")) {
        QuerySyntaxException e =
            assertThrows(
                QuerySyntaxException.class,
                () -> index.search(query, SearchOptions.DEFAULT),
                query);
        assertEquals("the query has more than 1,024 words: search with fewer", e.getMessage());
      }
    }
  }

  @Test
  void aPrefixStandingForTooManyWordsAsksForMoreLetters() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      String vocabulary =
          IntStream.rangeClosed(0, BoundedPrefixRewrite.MAX_TERMS)
              .mapToObj(i -> "p" + i)
              .collect(Collectors.joining(" "));
      index.add(List.of(Source.text("vocabulary.txt", vocabulary)));
      QuerySyntaxException e =
          assertThrows(
              QuerySyntaxException.class, () -> index.search("Tigre OR p*", SearchOptions.DEFAULT));
      assertEquals(
          "p* stands for more than 10,000 words: type more letters before the * (position 10)",
          e.getMessage());
      assertEquals(1, index.search("p1000*", SearchOptions.DEFAULT).total());
    }
  }
}
