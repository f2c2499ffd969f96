package fr.paragraphe.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.QuerySyntaxException;
import fr.paragraphe.query.ParsedQuery;
import fr.paragraphe.search.LuceneRendering;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.junit.jupiter.api.Test;

/**
 * For every query of the project's query set and every stored fuzz input of {@code core}, the DSL
 * sent to a cluster and the Lucene query the embedded index runs are the same query: both are read
 * back into one form (boolean clauses by occurrence, terms, phrases with their terms and slop,
 * match-all) and compared, and each prefix's regular expression, compiled by Lucene as OpenSearch
 * compiles it, accepts exactly the words the embedded prefix query accepts.
 */
class RenderingsAgreeTest {
  private static final int WORK = Operations.DEFAULT_DETERMINIZE_WORK_LIMIT;

  @Test
  void theDslAndTheLuceneQueryAreTheSameQuery() throws Exception {
    int compared = 0;
    for (String text : inputs()) {
      ParsedQuery query;
      try {
        query = ParsedQuery.parse(text);
      } catch (QuerySyntaxException e) {
        continue;
      }
      List<Automaton> lucenePrefixes = new ArrayList<>();
      List<Automaton> dslPrefixes = new ArrayList<>();
      String lucene = read(LuceneRendering.of(query), lucenePrefixes);
      String dsl = read(QueryTranslator.translate(query.root()), dslPrefixes);
      assertEquals(lucene, dsl, text);
      for (int i = 0; i < lucenePrefixes.size(); i++) {
        assertSameWords(lucenePrefixes.get(i), dslPrefixes.get(i), text);
      }
      compared++;
    }
    assertTrue(compared > 60, compared + " queries compared");
  }

  private static List<String> inputs() throws Exception {
    List<String> inputs = new ArrayList<>();
    try (var in = RenderingsAgreeTest.class.getResourceAsStream("queries.txt")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .forEach(inputs::add);
    }
    Path stored =
        Path.of(
            "..",
            "core",
            "src",
            "test",
            "resources",
            "fr",
            "paragraphe",
            "search",
            "QueryFuzzTestInputs");
    try (Stream<Path> files = Files.walk(stored)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        inputs.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    return inputs;
  }

  private static String read(Query query, List<Automaton> prefixes) {
    return switch (query) {
      case TermQuery term -> "term(" + term.getTerm().text() + ")";
      case PhraseQuery phrase -> {
        int[] positions = phrase.getPositions();
        for (int i = 0; i < positions.length; i++) {
          assertEquals(positions[0] + i, positions[i], "positions of " + phrase);
        }
        yield "phrase("
            + Stream.of(phrase.getTerms()).map(Term::text).collect(Collectors.joining(" "))
            + "~"
            + phrase.getSlop()
            + ")";
      }
      case AutomatonQuery prefix -> {
        prefixes.add(prefix.getAutomaton());
        yield "prefix";
      }
      case MatchAllDocsQuery all -> "all";
      case BooleanQuery bool ->
          "bool(must"
              + clauses(bool, BooleanClause.Occur.MUST, prefixes)
              + " should"
              + clauses(bool, BooleanClause.Occur.SHOULD, prefixes)
              + " must_not"
              + clauses(bool, BooleanClause.Occur.MUST_NOT, prefixes)
              + ")";
      default -> throw new AssertionError("a Lucene query of no known kind: " + query);
    };
  }

  private static String clauses(
      BooleanQuery bool, BooleanClause.Occur occur, List<Automaton> prefixes) {
    List<String> read = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      if (clause.occur() == occur) {
        read.add(read(clause.query(), prefixes));
      }
    }
    return read.toString();
  }

  private static String read(JsonObject dsl, List<Automaton> prefixes) {
    assertEquals(1, dsl.size(), dsl::toString);
    String kind = dsl.keySet().iterator().next();
    JsonObject body = dsl.getJsonObject(kind);
    return switch (kind) {
      case "term" -> "term(" + body.getString("text") + ")";
      case "match_phrase" -> {
        JsonObject phrase = body.getJsonObject("text");
        assertEquals(IndexDefinition.TERMS_ANALYZER, phrase.getString("analyzer"));
        yield "phrase(" + phrase.getString("query") + "~" + phrase.getInt("slop") + ")";
      }
      case "regexp" -> {
        JsonObject regexp = body.getJsonObject("text");
        assertEquals("NONE", regexp.getString("flags"));
        prefixes.add(new RegExp(regexp.getString("value"), RegExp.NONE).toAutomaton());
        yield "prefix";
      }
      case "match_all" -> "all";
      case "bool" ->
          "bool(must"
              + clauses(body, "must", prefixes)
              + " should"
              + clauses(body, "should", prefixes)
              + " must_not"
              + clauses(body, "must_not", prefixes)
              + ")";
      default -> throw new AssertionError("a DSL query of no known kind: " + dsl);
    };
  }

  private static String clauses(JsonObject bool, String occur, List<Automaton> prefixes) {
    List<String> read = new ArrayList<>();
    for (JsonValue clause : bool.getJsonArray(occur)) {
      read.add(read(clause.asJsonObject(), prefixes));
    }
    return read.toString();
  }

  private static void assertSameWords(Automaton lucene, Automaton dsl, String text) {
    Automaton a = Operations.determinize(lucene, WORK);
    Automaton b = Operations.determinize(dsl, WORK);
    assertTrue(
        Operations.isEmpty(Operations.minus(a, b, WORK)),
        () -> "words only the embedded prefix finds: " + text);
    assertTrue(
        Operations.isEmpty(Operations.minus(b, a, WORK)),
        () -> "words only the cluster's prefix finds: " + text);
  }
}
