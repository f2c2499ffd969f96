package fr.paragraphe.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The twin's settings are built from our own lists; these check the parts whose syntax could go
 * wrong. The tokens themselves are compared with a real cluster's in {@code ParityClusterIT}.
 */
class IndexDefinitionTest {
  private static final Pattern RULE =
      Pattern.compile("\\\\u([0-9a-f]{4}) => (?:\\\\u([0-9a-f]{4}))?");

  @Test
  void theMappingRulesAreOurCharFilterCharacterByCharacter() {
    Map<Integer, Integer> rules = new HashMap<>();
    for (JsonValue rule : IndexDefinition.charMappings().build()) {
      Matcher m = RULE.matcher(((JsonString) rule).getString());
      assertEquals(true, m.matches(), rule.toString());
      rules.put(
          Integer.parseInt(m.group(1), 16),
          m.group(2) == null ? -1 : Integer.parseInt(m.group(2), 16));
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int expected = FrenchParagraphAnalyzer.mapChar((char) c);
      assertEquals(expected, rules.getOrDefault(c, c), "character U+" + Integer.toHexString(c));
    }
    assertEquals((int) '\'', rules.get(0x2019));
    assertEquals(-1, rules.get(0x00AD));
  }

  @Test
  void theTextFieldIsIndexedByTheTwinAndSearchedByTheExactPhraseTwin() {
    JsonObject text = IndexDefinition.of(2, 1).getValue("/mappings/properties/text").asJsonObject();
    assertEquals("paragraphe_index", text.getString("analyzer"));
    assertEquals("paragraphe_exact_phrase", text.getString("search_analyzer"));
    assertEquals("offsets", text.getString("index_options"));
  }

  @Test
  void pairsAreMadeOfTheStemsOfOurCommonWords() {
    JsonObject pairs =
        IndexDefinition.of(1, 0)
            .getValue("/settings/analysis/filter/paragraphe_pairs_query")
            .asJsonObject();
    assertEquals(true, pairs.getBoolean("query_mode"));
    assertEquals(
        FrenchParagraphAnalyzer.commonStems(),
        pairs.getJsonArray("common_words").getValuesAs(JsonString::getString));
  }

  /**
   * Each mode's twin runs the steps of our chain in its order: char map, tokenizer, then the token
   * filters.
   */
  @Test
  void eachModeIsAnAnalyzerOfTheChainsStepsInOrder() {
    JsonObject analyzers =
        IndexDefinition.of(1, 0).getValue("/settings/analysis/analyzer").asJsonObject();
    List<String> shared = List.of("paragraphe_elision", "lowercase", "asciifolding");
    Map<Mode, List<String>> filters =
        Map.of(
            Mode.INDEX, List.of("paragraphe_stem", "paragraphe_pairs"),
            Mode.EXACT_PHRASE, List.of("paragraphe_stem", "paragraphe_pairs_query"),
            Mode.ALL_WORDS, List.of("paragraphe_stem"),
            Mode.WORDS, List.of("paragraphe_stop", "paragraphe_stem"));
    for (Mode mode : Mode.values()) {
      JsonObject analyzer = analyzers.getJsonObject(IndexDefinition.analyzer(mode));
      assertEquals(
          List.of("paragraphe_chars"),
          analyzer.getJsonArray("char_filter").getValuesAs(JsonString::getString));
      assertEquals("standard", analyzer.getString("tokenizer"));
      List<String> expected = new ArrayList<>(shared);
      expected.addAll(filters.get(mode));
      assertEquals(
          expected,
          analyzer.getJsonArray("filter").getValuesAs(JsonString::getString),
          mode.toString());
    }
    assertEquals(
        Mode.values().length + 1, analyzers.size(), "one twin per mode, and the terms analyzer");
  }

  @Test
  void theStopWordsAndArticlesAreOurs() {
    JsonObject filters =
        IndexDefinition.of(1, 0).getValue("/settings/analysis/filter").asJsonObject();
    Set<String> stopWords =
        new HashSet<>(
            filters
                .getJsonObject("paragraphe_stop")
                .getJsonArray("stopwords")
                .getValuesAs(JsonString::getString));
    assertEquals(FrenchParagraphAnalyzer.STOP_WORDS.size(), stopWords.size());
    for (String word : stopWords) {
      assertTrue(FrenchParagraphAnalyzer.STOP_WORDS.contains(word), word);
    }
    JsonObject elision = filters.getJsonObject("paragraphe_elision");
    assertEquals(true, elision.getBoolean("articles_case"));
    List<String> articles = elision.getJsonArray("articles").getValuesAs(JsonString::getString);
    assertEquals(FrenchParagraphAnalyzer.ARTICLES.size(), articles.size());
    for (String article : articles) {
      assertTrue(FrenchParagraphAnalyzer.ARTICLES.contains(article), article);
    }
  }
}
