package fr.paragraphe.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import fr.paragraphe.Hit;
import fr.paragraphe.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code {"query", "total", "hits": [{"source", "paragraph", "section", "score", "text",
 * "highlights": [{"start", "end"}], "duplicates": [{"source", "paragraph"}]}]}}, with {@code
 * "page"} after {@code "section"} where the source has pages (a PDF); offsets count UTF-16 code
 * units of {@code text}, as Java and JavaScript strings do. With {@code --explain}, {@code
 * "parsedQuery"} follows {@code "query"} and each hit ends with {@code "explanation"}, so that
 * without it the shape stays as documented.
 */
final class JsonOutput {
  /** Writes {@code "section": null} rather than leaving the key out. */
  private static final JSON WRITER = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

  private JsonOutput() {}

  static String of(SearchResult result, boolean explain) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("query", result.query());
    if (explain) {
      json.put("parsedQuery", result.parsedQuery());
    }
    json.put("total", result.total());
    json.put("hits", result.hits().stream().map(hit -> hit(hit, explain)).toList());
    return write(json);
  }

  /**
   * Any JSON value made of maps, lists, strings, numbers and booleans, on one line (for the other
   * commands too).
   */
  static String write(Object json) {
    try {
      return WRITER.asString(json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string cannot fail", e);
    }
  }

  private static Map<String, Object> hit(Hit hit, boolean explain) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", SourceNames.shown(hit.source()));
    json.put("paragraph", hit.paragraph());
    json.put("section", hit.section());
    if (hit.page() > 0) {
      json.put("page", hit.page());
    }
    json.put("score", hit.score());
    json.put("text", hit.text());
    json.put(
        "highlights",
        hit.highlights().stream().map(s -> ordered("start", s.start(), "end", s.end())).toList());
    json.put(
        "duplicates",
        hit.duplicates().stream()
            .map(d -> ordered("source", SourceNames.shown(d.source()), "paragraph", d.paragraph()))
            .toList());
    if (explain) {
      json.put("explanation", hit.explanation());
    }
    return json;
  }

  /** A two-key object whose keys come out in the order given. */
  private static Map<String, Object> ordered(
      String key1, Object value1, String key2, Object value2) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(key1, value1);
    json.put(key2, value2);
    return json;
  }
}
