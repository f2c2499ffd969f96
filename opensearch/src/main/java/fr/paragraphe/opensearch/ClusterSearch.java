package fr.paragraphe.opensearch;

import fr.paragraphe.Hit;
import fr.paragraphe.ParagraphRef;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import fr.paragraphe.Span;
import fr.paragraphe.query.ParsedQuery;
import fr.paragraphe.spi.ExplanationText;
import fr.paragraphe.spi.ParagraphFields;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Explanation;

/**
 * One search on a cluster index, in the embedded index's terms: hits ordered by score, then source
 * and paragraph; duplicates collapsed on the hash (OpenSearch's field collapsing, the others listed
 * as inner hits); the exact number of matching paragraphs; highlights as spans.
 */
final class ClusterSearch {
  private static final String DUPLICATES = "duplicates";

  private ClusterSearch() {}

  static JsonObject request(ParsedQuery query, SearchOptions options) {
    JsonObjectBuilder request =
        Json.createObjectBuilder()
            .add("query", QueryTranslator.translate(query.root()))
            .add("size", options.limit())
            .add("track_total_hits", true)
            .add(
                "sort",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("_score", "desc"))
                    .add(Json.createObjectBuilder().add(ParagraphFields.SOURCE, "asc"))
                    .add(Json.createObjectBuilder().add(ParagraphFields.PARAGRAPH, "asc")))
            .add(
                "highlight",
                Json.createObjectBuilder()
                    .add("require_field_match", true)
                    .add(
                        "fields",
                        Json.createObjectBuilder()
                            .add(
                                ParagraphFields.TEXT,
                                Json.createObjectBuilder()
                                    .add("type", "unified")
                                    .add("number_of_fragments", 0)
                                    .add(
                                        "pre_tags",
                                        Json.createArrayBuilder().add(HighlightedText.START))
                                    .add(
                                        "post_tags",
                                        Json.createArrayBuilder().add(HighlightedText.END)))))
            .add("explain", options.explain());
    if (options.collapseDuplicates()) {
      request.add(
          "collapse",
          Json.createObjectBuilder()
              .add("field", ParagraphFields.HASH)
              .add(
                  "inner_hits",
                  Json.createObjectBuilder()
                      .add("name", DUPLICATES)
                      .add("size", IndexDefinition.MAX_DUPLICATES + 1)
                      .add(
                          "sort",
                          Json.createArrayBuilder()
                              .add(Json.createObjectBuilder().add(ParagraphFields.SOURCE, "asc"))
                              .add(
                                  Json.createObjectBuilder().add(ParagraphFields.PARAGRAPH, "asc")))
                      .add(
                          "_source",
                          Json.createArrayBuilder()
                              .add(ParagraphFields.SOURCE)
                              .add(ParagraphFields.PARAGRAPH))));
    }
    return request.build();
  }

  static SearchResult result(ParsedQuery query, JsonObject request, JsonObject answer) {
    checkComplete(answer);
    JsonObject hitsObject = answer.getJsonObject("hits");
    long total = hitsObject.getJsonObject("total").getJsonNumber("value").longValue();
    boolean merge = QueryTranslator.hasPhrase(query.root());
    List<Hit> hits = new ArrayList<>();
    for (JsonValue value : hitsObject.getJsonArray("hits")) {
      hits.add(hit(value.asJsonObject(), merge));
    }
    return new SearchResult(
        query.text(), total, List.copyOf(hits), request.getJsonObject("query").toString());
  }

  /**
   * A search that some shards could not answer (no copy of them left, say) or that timed out
   * returns what the others found: refused here, since the embedded index never gives a partial
   * answer.
   */
  private static void checkComplete(JsonObject answer) {
    JsonObject shards = answer.getJsonObject("_shards");
    int failed = shards == null ? 0 : shards.getInt("failed", 0);
    if (failed > 0) {
      JsonArray failures = shards.getJsonArray("failures");
      String reason =
          failures == null || failures.isEmpty()
              ? "no reason given"
              : ClusterConnection.reason(
                  Json.createObjectBuilder()
                      .add("error", failures.getJsonObject(0).getJsonObject("reason"))
                      .build(),
                  0);
      throw new ClusterException(
          failed
              + " of "
              + shards.getInt("total", 0)
              + " shards of the index did not answer ("
              + reason
              + "): the cluster is missing part of the paragraphs; try again once it is green");
    }
    if (answer.getBoolean("timed_out", false)) {
      throw new ClusterException(
          "the search timed out on the cluster: the answer would miss paragraphs");
    }
  }

  private static Hit hit(JsonObject hit, boolean mergePhrases) {
    JsonObject source = hit.getJsonObject("_source");
    ParagraphRef ref = refOf(source);
    String text = source.getString(ParagraphFields.TEXT);
    return new Hit(
        ref.source(),
        ref.paragraph(),
        source.containsKey(ParagraphFields.SECTION)
            ? source.getString(ParagraphFields.SECTION)
            : null,
        source.getInt(ParagraphFields.PAGE, 0),
        hit.get("_score") instanceof JsonNumber score ? (float) score.doubleValue() : Float.NaN,
        text,
        spans(hit, text, mergePhrases),
        duplicates(hit, ref),
        hit.containsKey("_explanation") ? explanation(hit.getJsonObject("_explanation")) : null);
  }

  private static List<Span> spans(JsonObject hit, String text, boolean mergePhrases) {
    JsonObject highlight = hit.getJsonObject("highlight");
    if (highlight == null || !highlight.containsKey(ParagraphFields.TEXT)) {
      return List.of();
    }
    JsonArray fragments = highlight.getJsonArray(ParagraphFields.TEXT);
    return fragments.isEmpty()
        ? List.of()
        : HighlightedText.spans(text, fragments.getString(0), mergePhrases);
  }

  private static List<ParagraphRef> duplicates(JsonObject hit, ParagraphRef self) {
    JsonObject inner = hit.getJsonObject("inner_hits");
    if (inner == null || !inner.containsKey(DUPLICATES)) {
      return List.of();
    }
    List<ParagraphRef> duplicates = new ArrayList<>();
    for (JsonValue other :
        inner.getJsonObject(DUPLICATES).getJsonObject("hits").getJsonArray("hits")) {
      ParagraphRef ref = refOf(other.asJsonObject().getJsonObject("_source"));
      if (!ref.equals(self) && duplicates.size() < IndexDefinition.MAX_DUPLICATES) {
        duplicates.add(ref);
      }
    }
    return List.copyOf(duplicates);
  }

  private static ParagraphRef refOf(JsonObject source) {
    return new ParagraphRef(
        source.getString(ParagraphFields.SOURCE), source.getInt(ParagraphFields.PARAGRAPH));
  }

  /** OpenSearch's explanation as the embedded index writes its own (it is Lucene's, as JSON). */
  static String explanation(JsonObject node) {
    return ExplanationText.of(luceneExplanation(node));
  }

  private static Explanation luceneExplanation(JsonObject node) {
    List<Explanation> details = new ArrayList<>();
    JsonArray children = node.getJsonArray("details");
    if (children != null) {
      children.forEach(child -> details.add(luceneExplanation(child.asJsonObject())));
    }
    return Explanation.match(
        (float) node.getJsonNumber("value").doubleValue(),
        node.getString("description", ""),
        details);
  }
}
