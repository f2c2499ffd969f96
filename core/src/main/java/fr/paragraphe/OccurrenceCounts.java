package fr.paragraphe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The occurrences of a concordance counted per source and per form (the match as written), each
 * with the number of paragraphs that hold them. Only the counts are kept, never the occurrences.
 *
 * <pre>{@code
 * try (Stream<Occurrence> found = index.concordance("\"la côte\"", ConcordanceOptions.DEFAULT)) {
 *   OccurrenceCounts counts = OccurrenceCounts.of(found);
 * }
 * }</pre>
 */
public final class OccurrenceCounts {
  /**
   * @param key a source, or a form as written
   * @param occurrences how many times it occurs
   * @param paragraphs in how many paragraphs
   */
  public record Count(String key, long occurrences, long paragraphs) {}

  /** A count being made; {@code lastParagraph} is the serial of the last paragraph counted. */
  private static final class Tally {
    long occurrences;
    long paragraphs;
    long lastParagraph = -1;
  }

  private final Map<String, Tally> bySource = new LinkedHashMap<>();
  private final Map<String, Tally> byForm = new LinkedHashMap<>();
  private long paragraphSerial = -1;
  private String lastSource;
  private int lastNumber;

  private OccurrenceCounts() {}

  /** Counts the occurrences of a stream, consuming it (the caller still closes it). */
  public static OccurrenceCounts of(Stream<Occurrence> occurrences) {
    OccurrenceCounts counts = new OccurrenceCounts();
    occurrences.forEachOrdered(counts::add);
    return counts;
  }

  private void add(Occurrence occurrence) {
    if (!occurrence.source().equals(lastSource) || occurrence.paragraph() != lastNumber) {
      paragraphSerial++;
      lastSource = occurrence.source();
      lastNumber = occurrence.paragraph();
    }
    count(bySource.computeIfAbsent(occurrence.source(), k -> new Tally()));
    count(byForm.computeIfAbsent(occurrence.match(), k -> new Tally()));
  }

  private void count(Tally tally) {
    tally.occurrences++;
    if (tally.lastParagraph != paragraphSerial) {
      tally.paragraphs++;
      tally.lastParagraph = paragraphSerial;
    }
  }

  /** Per source, in the order the occurrences came (reading order for a concordance). */
  public List<Count> bySource() {
    return rows(bySource);
  }

  /** Per distinct form as written, the most frequent first, then by their text. */
  public List<Count> byForm() {
    List<Count> rows = new ArrayList<>(rows(byForm));
    rows.sort(Comparator.comparingLong(Count::occurrences).reversed().thenComparing(Count::key));
    return rows;
  }

  /** All occurrences counted. */
  public long occurrences() {
    return bySource.values().stream().mapToLong(t -> t.occurrences).sum();
  }

  private static List<Count> rows(Map<String, Tally> tallies) {
    List<Count> rows = new ArrayList<>(tallies.size());
    tallies.forEach((key, t) -> rows.add(new Count(key, t.occurrences, t.paragraphs)));
    return List.copyOf(rows);
  }
}
