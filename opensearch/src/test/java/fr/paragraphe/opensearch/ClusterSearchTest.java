package fr.paragraphe.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.Hit;
import fr.paragraphe.ParagraphRef;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import fr.paragraphe.Span;
import fr.paragraphe.query.ParsedQuery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer of OpenSearch's, as it writes them, read into our records. */
class ClusterSearchTest {
  private static final ParsedQuery QUERY = ParsedQuery.parse("\"rive gauche\"");
  private static final JsonObject REQUEST =
      ClusterSearch.request(QUERY, SearchOptions.DEFAULT.withExplain(true));

  @Test
  void theRequestSortsLikeTheEmbeddedIndexAndCollapsesOnTheHash() {
    assertEquals(
        "[{\"_score\":\"desc\"},{\"source\":\"asc\"},{\"paragraph\":\"asc\"}]",
        REQUEST.getJsonArray("sort").toString());
    assertEquals("hash", REQUEST.getJsonObject("collapse").getString("field"));
    assertTrue(REQUEST.getBoolean("track_total_hits"));
  }

  @Test
  void readsHitsHighlightsDuplicatesAndExplanations() {
    String text = "sur la rive gauche du Tigre";
    JsonObject answer =
        json(
            """
            {"timed_out":false,"_shards":{"total":2,"successful":2,"failed":0},
             "hits":{"total":{"value":3,"relation":"eq"},"hits":[
              {"_score":2.5,"_source":{"source":"a.txt","paragraph":2,"section":"TITRE","text":"%s","hash":"h"},
               "highlight":{"text":["sur la \\ue000rive\\ue001 \\ue000gauche\\ue001 du Tigre"]},
               "inner_hits":{"duplicates":{"hits":{"hits":[
                 {"_source":{"source":"a.txt","paragraph":2}},{"_source":{"source":"b.txt","paragraph":7}}]}}},
               "_explanation":{"value":2.5,"description":"weight(text:\\"rive gauche\\" in 3) [BM25]","details":[
                 {"value":1,"description":"idf","details":[]}]}}]}}
            """
                .formatted(text));
    SearchResult result = ClusterSearch.result(QUERY, REQUEST, answer);
    assertEquals(3, result.total());
    Hit hit = result.hits().get(0);
    assertEquals(new ParagraphRef("a.txt", 2), new ParagraphRef(hit.source(), hit.paragraph()));
    assertEquals("TITRE", hit.section());
    assertEquals(2.5f, hit.score());
    assertEquals(List.of(new Span(7, 18)), hit.highlights());
    assertEquals(List.of(new ParagraphRef("b.txt", 7)), hit.duplicates());
    assertEquals("2.500 weight(text:\"rive gauche\") [BM25]\n  1.000 idf", hit.explanation());
  }

  @Test
  void aSearchSomeShardsCouldNotAnswerIsAnError() {
    JsonObject answer =
        json(
            """
            {"timed_out":false,"_shards":{"total":2,"successful":1,"failed":1,"failures":[
              {"shard":1,"reason":{"type":"no_shard_available_action_exception","reason":"no copy of shard 1"}}]},
             "hits":{"total":{"value":1,"relation":"eq"},"hits":[]}}
            """);
    ClusterException e =
        assertThrows(ClusterException.class, () -> ClusterSearch.result(QUERY, REQUEST, answer));
    assertEquals(
        "1 of 2 shards of the index did not answer (no_shard_available_action_exception: no copy of shard 1): the"
            + " cluster is missing part of the paragraphs; try again once it is green",
        e.getMessage());
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
