package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.query.ParsedQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.Operations;
import org.junit.jupiter.api.Test;

/** The old parser's Lucene queries and the rendering of the new query model are the same queries. */
class QueryParityTest {
  private static final String[] PIECES = {
    "Tigre", "rive", "gauche", "du", "le", "la", "de", "Mossoul", "Irak", "Etats-Unis", "C++", "?!", "l'armée",
    "aujourd'hui", "cœur", "de-la", "AND", "OR", "NOT", "&&", "||", "-", "+", "(", ")", "\"", "«", "»", "“", "”",
    "Mossou*", "Éta*", "a*", "*", "~2", "~", "\"rive gauche du Tigre\"", "\"de la\"~3", "\"le\"", "coalition",
    "kurdes", "habitation", "préparat*", "l'*", "Tigre-", "-Euphrate", "+coalition", " ", "  ", "…", "2014",
    "\"soutenus de la coalition\"", "(Mossoul OR Bagdad)", "NOT Irak", "les", "des", "en", "que", "je"
  };

  @Test
  void theNewModelRendersTheQueriesTheOldParserBuilt() throws Exception {
    List<String> queries = new ArrayList<>();
    queries.addAll(
        Files.readAllLines(Path.of("..", "opensearch", "src", "test", "resources", "fr", "paragraphe", "opensearch", "queries.txt")));
    try (Stream<Path> inputs = Files.walk(Path.of("src", "test", "resources", "fr", "paragraphe", "QueryFuzzTestInputs"))) {
      for (Path input : inputs.filter(Files::isRegularFile).toList()) {
        queries.add(new String(Files.readAllBytes(input), StandardCharsets.UTF_8));
      }
    }
    Random random = new Random(12);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder query = new StringBuilder();
      int pieces = 1 + random.nextInt(8);
      for (int p = 0; p < pieces; p++) {
        query.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(4) > 0) {
          query.append(' ');
        }
      }
      queries.add(query.toString());
    }
    QueryParser old = new QueryParser();
    int compared = 0;
    for (String text : queries) {
      String oldOutcome;
      Query oldQuery = null;
      try {
        oldQuery = old.parse(text);
        oldOutcome = "query " + oldQuery.toString(ParagraphFields.TEXT);
      } catch (QuerySyntaxException e) {
        oldOutcome = "error " + e.column() + " " + e.getMessage();
      }
      String newOutcome;
      ParsedQuery parsed = null;
      try {
        parsed = ParsedQuery.parse(text);
        newOutcome = "query " + SearchedAs.text(parsed);
      } catch (QuerySyntaxException e) {
        newOutcome = "error " + e.column() + " " + e.getMessage();
      }
      if (oldOutcome.contains("the query has only stop words") || text.isEmpty()) {
        // Changed on purpose: punctuation and C++ are named as what they are; an empty query has no column.
        continue;
      }
      assertEquals(oldOutcome, newOutcome, text);
      if (oldQuery != null) {
        Query unwrapped = oldQuery instanceof IgnoredStopWordsQuery ignored ? ignored.query() : oldQuery;
        assertSame(unwrapped, LuceneQuery.of(parsed), text);
        compared++;
      }
    }
    System.out.println("compared " + compared + " queries of " + queries.size());
  }

  private static void assertSame(Query expected, Query actual, String text) {
    assertEquals(expected.getClass(), actual.getClass(), text);
    if (expected instanceof BooleanQuery bool) {
      List<BooleanClause> a = bool.clauses();
      List<BooleanClause> b = ((BooleanQuery) actual).clauses();
      assertEquals(a.size(), b.size(), text);
      assertEquals(bool.getMinimumNumberShouldMatch(), ((BooleanQuery) actual).getMinimumNumberShouldMatch(), text);
      for (int i = 0; i < a.size(); i++) {
        assertEquals(a.get(i).occur(), b.get(i).occur(), text);
        assertSame(a.get(i).query(), b.get(i).query(), text);
      }
    } else if (expected instanceof StemPrefixQuery prefix) {
      StemPrefixQuery other = (StemPrefixQuery) actual;
      assertEquals(prefix.toString(), other.toString(), text);
      assertEquals(prefix.starts(), other.starts(), text);
      int limit = Operations.DEFAULT_DETERMINIZE_WORK_LIMIT;
      assertEquals(true, Operations.isEmpty(Operations.minus(prefix.getAutomaton(), other.getAutomaton(), limit)), text);
      assertEquals(true, Operations.isEmpty(Operations.minus(other.getAutomaton(), prefix.getAutomaton(), limit)), text);
    } else {
      assertEquals(expected, actual, text);
    }
  }
}
