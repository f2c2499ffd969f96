package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deeply nested queries under the length limit: a syntax error with a position, never a stack
 * overflow.
 */
class QueryNestingTest {
  private static ParagraphIndex index;

  @BeforeAll
  static void openSeed() throws Exception {
    index = SeedIndex.inMemory();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void parenthesesNestedTooDeepAreASyntaxErrorAtTheFirstOneTooDeep() {
    String query = "(".repeat(1_990) + "Tigre" + ")".repeat(1_990);
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> index.search(query, SearchOptions.DEFAULT));
    assertEquals("the query nests parentheses deeper than 100 (position 101)", e.getMessage());
    assertEquals(101, e.column());
  }

  @Test
  void parenthesesNestedToTheLimitAreSearched() {
    String query = "(".repeat(98) + "Tigre -(Petra OR (Mossoul" + ")".repeat(100);
    assertEquals(
        index.search("Tigre -(Petra OR Mossoul)", SearchOptions.DEFAULT).total(),
        index.search(query, SearchOptions.DEFAULT).total());
  }

  @Test
  void aLongChainOfNegationsIsSearched() {
    long tigre = index.search("Tigre", SearchOptions.DEFAULT).total();
    assertTrue(tigre > 0);
    assertEquals(tigre, index.search("NOT ".repeat(990) + "Tigre", SearchOptions.DEFAULT).total());
    assertEquals(tigre, index.search("-".repeat(3_990) + "Tigre", SearchOptions.DEFAULT).total());
  }
}
