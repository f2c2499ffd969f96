package fr.paragraphe.opensearch;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.query.QueryNode;
import fr.paragraphe.query.QueryNode.AllParagraphs;
import fr.paragraphe.query.QueryNode.Bool;
import fr.paragraphe.query.QueryNode.Clause;
import fr.paragraphe.query.QueryNode.Occur;
import fr.paragraphe.query.QueryNode.Phrase;
import fr.paragraphe.query.QueryNode.Prefix;
import fr.paragraphe.query.QueryNode.Word;
import fr.paragraphe.spi.ParagraphFields;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Renders a parsed query as OpenSearch's query DSL over terms our own chain analysed, so that the
 * cluster runs the same Lucene queries as the embedded index: a term query per word, a phrase query
 * built from the very terms (through {@link IndexDefinition#TERMS_ANALYZER}), a regular expression
 * for a prefix. Recursion follows the parentheses only, which the parser bounds.
 */
final class QueryTranslator {
  private static final String FIELD = ParagraphFields.TEXT;

  private QueryTranslator() {}

  /**
   * A phrase of several terms, built by the cluster from our terms through a whitespace analyzer.
   */
  private static JsonObject matchPhrase(Phrase phrase) {
    return Json.createObjectBuilder()
        .add(
            "match_phrase",
            Json.createObjectBuilder()
                .add(
                    FIELD,
                    Json.createObjectBuilder()
                        .add("query", String.join(" ", consecutive(phrase).terms()))
                        .add("analyzer", IndexDefinition.TERMS_ANALYZER)
                        .add("slop", phrase.slop())))
        .build();
  }

  static JsonObject translate(QueryNode node) {
    return switch (node) {
      case Word word -> term(word.term());
      case Phrase phrase ->
          phrase.terms().size() == 1 ? term(phrase.terms().get(0)) : matchPhrase(phrase);
      case Prefix prefix ->
          Json.createObjectBuilder()
              .add(
                  "regexp",
                  Json.createObjectBuilder()
                      .add(
                          FIELD,
                          Json.createObjectBuilder()
                              .add("value", regexp(prefix.starts(), prefix.stems()))
                              .add("flags", "NONE")))
              .build();
      case AllParagraphs all ->
          Json.createObjectBuilder().add("match_all", Json.createObjectBuilder()).build();
      case Bool bool ->
          Json.createObjectBuilder()
              .add(
                  "bool",
                  Json.createObjectBuilder()
                      .add("must", all(bool, Occur.MUST))
                      .add("should", all(bool, Occur.SHOULD))
                      .add("must_not", all(bool, Occur.MUST_NOT)))
              .build();
    };
  }

  private static JsonObject term(String term) {
    return Json.createObjectBuilder()
        .add("term", Json.createObjectBuilder().add(FIELD, term))
        .build();
  }

  /**
   * The whitespace analyzer puts the terms at consecutive positions: so does our analysis, which
   * leaves no word out of a phrase.
   */
  private static Phrase consecutive(Phrase phrase) {
    for (int i = 1; i < phrase.positions().size(); i++) {
      if (phrase.positions().get(i) != phrase.positions().get(i - 1) + 1) {
        throw new IllegalStateException("a phrase with gaps has no match_phrase form: " + phrase);
      }
    }
    return phrase;
  }

  /**
   * {@code (start|other)[^_]*|stem|stem}: words starting so, pairs of common words excepted, and
   * the stems the stemmer cut shorter than the prefix, as our prefix query.
   */
  static String regexp(List<String> starts, List<String> stems) {
    StringBuilder regexp = new StringBuilder("(");
    for (int i = 0; i < starts.size(); i++) {
      if (i > 0) {
        regexp.append('|');
      }
      starts.get(i).codePoints().forEach(c -> appendLiteral(regexp, c));
    }
    regexp.append(")[^").append(FrenchParagraphAnalyzer.PAIR_SEPARATOR).append("]*");
    for (String stem : stems) {
      regexp.append('|');
      stem.codePoints().forEach(c -> appendLiteral(regexp, c));
    }
    return regexp.toString();
  }

  /** Letters and digits as they are ({@code \d}, {@code \w} are classes); anything else escaped. */
  private static void appendLiteral(StringBuilder regexp, int c) {
    if (!Character.isLetterOrDigit(c)) {
      regexp.append('\\');
    }
    regexp.appendCodePoint(c);
  }

  private static JsonArrayBuilder all(Bool bool, Occur occur) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    bool.clauses().stream()
        .filter(clause -> clause.occur() == occur)
        .forEach(clause -> array.add(translate(clause.node())));
    return array;
  }

  /**
   * Whether the query holds a phrase: then adjacent highlighted words are one match, as the
   * embedded index shows.
   */
  static boolean hasPhrase(QueryNode node) {
    return switch (node) {
      case Phrase phrase -> phrase.terms().size() > 1;
      case Bool bool ->
          bool.clauses().stream()
              .filter(clause -> clause.occur() != Occur.MUST_NOT)
              .map(Clause::node)
              .anyMatch(QueryTranslator::hasPhrase);
      case Word word -> false;
      case Prefix prefix -> false;
      case AllParagraphs all -> false;
    };
  }
}
