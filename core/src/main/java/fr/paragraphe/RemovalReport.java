package fr.paragraphe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one call to {@link ParagraphIndex#remove} deleted.
 *
 * @param paragraphsBySource the paragraphs removed of each source, by normalised source name, in
 *     the order the sources were named
 */
public record RemovalReport(Map<String, Long> paragraphsBySource) {
  public RemovalReport {
    paragraphsBySource = Collections.unmodifiableMap(new LinkedHashMap<>(paragraphsBySource));
  }

  /** How many sources were removed. */
  public int sources() {
    return paragraphsBySource.size();
  }

  /** How many paragraphs were removed, all sources together. */
  public long paragraphs() {
    return paragraphsBySource.values().stream().mapToLong(Long::longValue).sum();
  }
}
