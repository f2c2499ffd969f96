package fr.paragraphe.opensearch;

import fr.paragraphe.analysis.AnalysisChain;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import fr.paragraphe.spi.ParagraphFields;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings and mappings of a paragraphe index on OpenSearch: the fields of {@link
 * ParagraphFields}, and twins of {@link FrenchParagraphAnalyzer}'s chain in each of its modes,
 * rendered from the steps of {@link AnalysisChain} so that they cannot drift apart.
 */
final class IndexDefinition {
  /** The analyzer of {@link ParagraphFields#TEXT} at index time: twin of {@code Mode.INDEX}. */
  static final String INDEX_ANALYZER = "paragraphe_index";

  /**
   * Twin of {@code Mode.EXACT_PHRASE}; the field's search analyzer, so native phrase queries stay
   * exact.
   */
  static final String EXACT_PHRASE_ANALYZER = "paragraphe_exact_phrase";

  /** Twin of {@code Mode.ALL_WORDS}. */
  static final String ALL_WORDS_ANALYZER = "paragraphe_all_words";

  /** Twin of {@code Mode.WORDS}. */
  static final String WORDS_ANALYZER = "paragraphe_words";

  /**
   * Splits on white space only: phrases are sent as the terms our own chain made of them, so that
   * the cluster builds exactly the phrase query the embedded index runs.
   */
  static final String TERMS_ANALYZER = "paragraphe_terms";

  /**
   * Highlighting reads offsets from the postings; this only guards re-analysis, up to our longest
   * paragraph.
   */
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
                    Json.createObjectBuilder()
                        .add("type", "keyword")
                        .add("index", false)
                        .add("doc_values", false))
                .add(ParagraphFields.PAGE, Json.createObjectBuilder().add("type", "integer"))
                .add(
                    ParagraphFields.TEXT,
                    Json.createObjectBuilder()
                        .add("type", "text")
                        .add("analyzer", INDEX_ANALYZER)
                        .add("search_analyzer", EXACT_PHRASE_ANALYZER)
                        .add("index_options", "offsets"))
                .add(ParagraphFields.HASH, Json.createObjectBuilder().add("type", "keyword")));
  }

  /** The twin of a mode of our chain. */
  static String analyzer(Mode mode) {
    return switch (mode) {
      case INDEX -> INDEX_ANALYZER;
      case EXACT_PHRASE -> EXACT_PHRASE_ANALYZER;
      case ALL_WORDS -> ALL_WORDS_ANALYZER;
      case WORDS -> WORDS_ANALYZER;
    };
  }

  /**
   * Every mode of {@link AnalysisChain} as an analyzer of the same steps in the same order, each
   * step rendered as OpenSearch's char filter, tokenizer or token filter of the same Lucene class,
   * with the same parameters.
   */
  private static JsonObjectBuilder analysis() {
    Map<String, JsonObject> charFilters = new LinkedHashMap<>();
    Map<String, JsonObject> filters = new LinkedHashMap<>();
    JsonObjectBuilder analyzers = Json.createObjectBuilder();
    for (Mode mode : Mode.values()) {
      JsonArrayBuilder modeCharFilters = Json.createArrayBuilder();
      JsonArrayBuilder modeFilters = Json.createArrayBuilder();
      String tokenizer = null;
      for (AnalysisChain.Step step : AnalysisChain.steps(mode)) {
        switch (step) {
          case AnalysisChain.CharMap map -> {
            charFilters.put(
                "paragraphe_chars",
                Json.createObjectBuilder()
                    .add("type", "mapping")
                    .add("mappings", charMappings(map))
                    .build());
            modeCharFilters.add("paragraphe_chars");
          }
          case AnalysisChain.StandardTokens tokens -> tokenizer = "standard";
          case AnalysisChain.Elision elision ->
              modeFilters.add(
                  filter(
                      filters,
                      "paragraphe_elision",
                      Json.createObjectBuilder()
                          .add("type", "elision")
                          .add("articles", array(elision.articles()))
                          .add("articles_case", elision.ignoreCase())));
          case AnalysisChain.LowerCase lowerCase -> modeFilters.add("lowercase");
          case AnalysisChain.Folding folding -> modeFilters.add("asciifolding");
          case AnalysisChain.StopWords stopWords ->
              modeFilters.add(
                  filter(
                      filters,
                      "paragraphe_stop",
                      Json.createObjectBuilder()
                          .add("type", "stop")
                          .add("stopwords", array(stopWords.words()))));
          case AnalysisChain.LightStemmer stemmer ->
              modeFilters.add(
                  filter(
                      filters,
                      "paragraphe_stem",
                      Json.createObjectBuilder()
                          .add("type", "stemmer")
                          .add("language", "light_french")));
          // The pairs follow the stemmer, so they are made of the stems of the common words.
          case AnalysisChain.Pairs pairs ->
              modeFilters.add(
                  pairs.querySide()
                      ? filter(
                          filters,
                          "paragraphe_pairs_query",
                          Json.createObjectBuilder()
                              .add("type", "common_grams")
                              .add("common_words", array(FrenchParagraphAnalyzer.commonStems()))
                              .add("query_mode", true))
                      : filter(
                          filters,
                          "paragraphe_pairs",
                          Json.createObjectBuilder()
                              .add("type", "common_grams")
                              .add("common_words", array(FrenchParagraphAnalyzer.commonStems()))));
        }
      }
      analyzers.add(
          analyzer(mode),
          Json.createObjectBuilder()
              .add("type", "custom")
              .add("char_filter", modeCharFilters)
              .add("tokenizer", tokenizer)
              .add("filter", modeFilters));
    }
    analyzers.add(
        TERMS_ANALYZER,
        Json.createObjectBuilder().add("type", "custom").add("tokenizer", "whitespace"));
    return Json.createObjectBuilder()
        .add("char_filter", object(charFilters))
        .add("filter", object(filters))
        .add("analyzer", analyzers);
  }

  /** Declares a custom filter once (several modes share it) and returns its name. */
  private static String filter(
      Map<String, JsonObject> filters, String name, JsonObjectBuilder definition) {
    filters.putIfAbsent(name, definition.build());
    return name;
  }

  /** The character map of our chain, as mapping rules. */
  static JsonArrayBuilder charMappings() {
    return charMappings(
        AnalysisChain.steps(Mode.INDEX).stream()
            .filter(AnalysisChain.CharMap.class::isInstance)
            .map(AnalysisChain.CharMap.class::cast)
            .findFirst()
            .orElseThrow());
  }

  /**
   * Every character the map replaces, as a rule. Written as {@code \\uXXXX} escapes: the rule
   * syntax trims white space around {@code =>}, which would lose a mapping to a space.
   */
  private static JsonArrayBuilder charMappings(AnalysisChain.CharMap map) {
    JsonArrayBuilder rules = Json.createArrayBuilder();
    for (AnalysisChain.CharRule rule : map.rules()) {
      String replacement =
          rule.replacement().isEmpty() ? "" : escaped(rule.replacement().charAt(0));
      for (char c : rule.characters().toCharArray()) {
        rules.add(escaped(c) + " => " + replacement);
      }
    }
    return rules;
  }

  private static JsonObjectBuilder object(Map<String, JsonObject> members) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    members.forEach(object::add);
    return object;
  }

  private static String escaped(int c) {
    return String.format(Locale.ROOT, "\\u%04x", c);
  }

  private static JsonArrayBuilder array(List<String> strings) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    strings.forEach(array::add);
    return array;
  }
}
