package fr.paragraphe.opensearch;

import fr.paragraphe.ParagraphFields;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/**
 * The settings and mappings of a paragraphe index on OpenSearch: the fields of {@link ParagraphFields}, and twins
 * of {@link FrenchParagraphAnalyzer}'s chain in each of its modes, built from the same word lists and character
 * mapping so that they cannot drift apart.
 */
final class IndexDefinition {
  /** The analyzer of {@link ParagraphFields#TEXT} at index time: twin of {@code Mode.INDEX}. */
  static final String INDEX_ANALYZER = "paragraphe_index";
  /** Twin of {@code Mode.EXACT_PHRASE}; the field's search analyzer, so native phrase queries stay exact. */
  static final String EXACT_PHRASE_ANALYZER = "paragraphe_exact_phrase";
  /** Twin of {@code Mode.ALL_WORDS}. */
  static final String ALL_WORDS_ANALYZER = "paragraphe_all_words";
  /** Twin of {@code Mode.WORDS}. */
  static final String WORDS_ANALYZER = "paragraphe_words";
  /**
   * Splits on white space only: phrases are sent as the terms our own chain made of them, so that the cluster
   * builds exactly the phrase query the embedded index runs.
   */
  static final String TERMS_ANALYZER = "paragraphe_terms";

  /** Highlighting reads offsets from the postings; this only guards re-analysis, up to our longest paragraph. */
  private static final int MAX_ANALYZED_OFFSET = 64 * 1024 * 1024;
  /** Duplicates listed under a hit (inner hits), as the embedded index lists at most. */
  static final int MAX_DUPLICATES = 1000;

  private IndexDefinition() {}

  static JsonObject of(int shards, int replicas) {
    return Json.createObjectBuilder()
        .add(
            "settings",
            Json.createObjectBuilder()
                .add("number_of_shards", shards)
                .add("number_of_replicas", replicas)
                .add("highlight.max_analyzed_offset", MAX_ANALYZED_OFFSET)
                .add("max_inner_result_window", MAX_DUPLICATES + 1)
                .add("analysis", analysis()))
        .add("mappings", mappings())
        .build();
  }

  static JsonObjectBuilder mappings() {
    return Json.createObjectBuilder()
        .add("dynamic", "strict")
        .add(
            "properties",
            Json.createObjectBuilder()
                .add(ParagraphFields.ID, Json.createObjectBuilder().add("type", "keyword"))
                .add(ParagraphFields.SOURCE, Json.createObjectBuilder().add("type", "keyword"))
                .add(ParagraphFields.PARAGRAPH, Json.createObjectBuilder().add("type", "integer"))
                .add(
                    ParagraphFields.SECTION,
                    Json.createObjectBuilder().add("type", "keyword").add("index", false).add("doc_values", false))
                .add(
                    ParagraphFields.TEXT,
                    Json.createObjectBuilder()
                        .add("type", "text")
                        .add("analyzer", INDEX_ANALYZER)
                        .add("search_analyzer", EXACT_PHRASE_ANALYZER)
                        .add("index_options", "offsets"))
                .add(ParagraphFields.HASH, Json.createObjectBuilder().add("type", "keyword")));
  }

  private static JsonObjectBuilder analysis() {
    List<String> stems = FrenchParagraphAnalyzer.commonStems();
    return Json.createObjectBuilder()
        .add(
            "char_filter",
            Json.createObjectBuilder()
                .add("paragraphe_chars", Json.createObjectBuilder().add("type", "mapping").add("mappings", charMappings())))
        .add(
            "filter",
            Json.createObjectBuilder()
                .add(
                    "paragraphe_elision",
                    Json.createObjectBuilder()
                        .add("type", "elision")
                        .add("articles", words(FrenchParagraphAnalyzer.ARTICLES))
                        .add("articles_case", true))
                .add(
                    "paragraphe_stop",
                    Json.createObjectBuilder()
                        .add("type", "stop")
                        .add("stopwords", words(FrenchParagraphAnalyzer.STOP_WORDS)))
                .add("paragraphe_stem", Json.createObjectBuilder().add("type", "stemmer").add("language", "light_french"))
                .add(
                    "paragraphe_pairs",
                    Json.createObjectBuilder().add("type", "common_grams").add("common_words", array(stems)))
                .add(
                    "paragraphe_pairs_query",
                    Json.createObjectBuilder()
                        .add("type", "common_grams")
                        .add("common_words", array(stems))
                        .add("query_mode", true)))
        .add(
            "analyzer",
            Json.createObjectBuilder()
                .add(INDEX_ANALYZER, chain("paragraphe_stem", "paragraphe_pairs"))
                .add(EXACT_PHRASE_ANALYZER, chain("paragraphe_stem", "paragraphe_pairs_query"))
                .add(ALL_WORDS_ANALYZER, chain("paragraphe_stem"))
                .add(WORDS_ANALYZER, chain("paragraphe_stop", "paragraphe_stem"))
                .add(TERMS_ANALYZER, Json.createObjectBuilder().add("type", "custom").add("tokenizer", "whitespace")));
  }

  /** The steps every mode shares (FrenchParagraphAnalyzer's order), then those of one mode. */
  private static JsonObjectBuilder chain(String... last) {
    JsonArrayBuilder filters =
        Json.createArrayBuilder().add("paragraphe_elision").add("lowercase").add("asciifolding");
    for (String filter : last) {
      filters.add(filter);
    }
    return Json.createObjectBuilder()
        .add("type", "custom")
        .add("char_filter", Json.createArrayBuilder().add("paragraphe_chars"))
        .add("tokenizer", "standard")
        .add("filter", filters);
  }

  /**
   * Every character our char filter changes, as mapping rules. Written as {@code \\uXXXX} escapes: the rule
   * syntax trims white space around {@code =>}, which would lose a mapping to a space.
   */
  static JsonArrayBuilder charMappings() {
    JsonArrayBuilder rules = Json.createArrayBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int mapped = FrenchParagraphAnalyzer.mapChar((char) c);
      if (mapped != c) {
        rules.add(escaped(c) + " => " + (mapped < 0 ? "" : escaped(mapped)));
      }
    }
    return rules;
  }

  private static String escaped(int c) {
    return String.format(Locale.ROOT, "\\u%04x", c);
  }

  private static JsonArrayBuilder words(Iterable<Object> set) {
    JsonArrayBuilder words = Json.createArrayBuilder();
    for (Object word : set) {
      words.add(new String((char[]) word));
    }
    return words;
  }

  private static JsonArrayBuilder array(List<String> strings) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    strings.forEach(array::add);
    return array;
  }
}
