package fr.paragraphe.opensearch;

import fr.paragraphe.ParagraphFields;
import fr.paragraphe.QueryTree;
import fr.paragraphe.QueryTree.AllParagraphs;
import fr.paragraphe.QueryTree.Bool;
import fr.paragraphe.QueryTree.Phrase;
import fr.paragraphe.QueryTree.Prefix;
import fr.paragraphe.QueryTree.Word;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Turns a parsed query into OpenSearch's query DSL over terms our own chain analysed, so that the cluster runs
 * the same Lucene queries as the embedded index: a term query per word, a phrase query built from the very terms
 * (through {@link IndexDefinition#TERMS_ANALYZER}), a regular expression for a prefix.
 */
final class QueryTranslator {
  private static final String FIELD = ParagraphFields.TEXT;

  private QueryTranslator() {}

  static JsonObject translate(QueryTree tree) {
    return switch (tree) {
      case Word word ->
          Json.createObjectBuilder().add("term", Json.createObjectBuilder().add(FIELD, word.term())).build();
      case Phrase phrase ->
          Json.createObjectBuilder()
              .add(
                  "match_phrase",
                  Json.createObjectBuilder()
                      .add(
                          FIELD,
                          Json.createObjectBuilder()
                              .add("query", String.join(" ", phrase.terms()))
                              .add("analyzer", IndexDefinition.TERMS_ANALYZER)
                              .add("slop", phrase.slop())))
              .build();
      case Prefix prefix ->
          Json.createObjectBuilder()
              .add(
                  "regexp",
                  Json.createObjectBuilder()
                      .add(FIELD, Json.createObjectBuilder().add("value", regexp(prefix.starts())).add("flags", "NONE")))
              .build();
      case AllParagraphs all -> Json.createObjectBuilder().add("match_all", Json.createObjectBuilder()).build();
      case Bool bool ->
          Json.createObjectBuilder()
              .add(
                  "bool",
                  Json.createObjectBuilder()
                      .add("must", all(bool.must()))
                      .add("should", all(bool.should()))
                      .add("must_not", all(bool.mustNot())))
              .build();
    };
  }

  /** {@code (start|other)[^_]*}: words starting so, pairs of common words excepted, as our prefix query. */
  static String regexp(List<String> starts) {
    StringBuilder regexp = new StringBuilder("(");
    for (int i = 0; i < starts.size(); i++) {
      if (i > 0) {
        regexp.append('|');
      }
      starts.get(i).codePoints().forEach(c -> appendLiteral(regexp, c));
    }
    return regexp.append(")[^").append(FrenchParagraphAnalyzer.PAIR_SEPARATOR).append("]*").toString();
  }

  /** Letters and digits as they are ({@code \d}, {@code \w} are classes); anything else escaped. */
  private static void appendLiteral(StringBuilder regexp, int c) {
    if (!Character.isLetterOrDigit(c)) {
      regexp.append('\\');
    }
    regexp.appendCodePoint(c);
  }

  private static JsonArrayBuilder all(List<QueryTree> trees) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    trees.forEach(tree -> array.add(translate(tree)));
    return array;
  }

  /** Whether the tree holds a phrase: then adjacent highlighted words are one match, as the embedded index shows. */
  static boolean hasPhrase(QueryTree tree) {
    return switch (tree) {
      case Phrase phrase -> phrase.terms().size() > 1;
      case Bool bool ->
          bool.must().stream().anyMatch(QueryTranslator::hasPhrase)
              || bool.should().stream().anyMatch(QueryTranslator::hasPhrase);
      case Word word -> false;
      case Prefix prefix -> false;
      case AllParagraphs all -> false;
    };
  }
}
