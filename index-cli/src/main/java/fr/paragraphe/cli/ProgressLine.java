package fr.paragraphe.cli;

import fr.paragraphe.IndexingProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of the progress line: percentage, MB (or sources when copying an index, which reads no
 * bytes), files, speed, time left, paragraphs, two spaces apart. It must fit on one line of the
 * terminal, which a line as wide as the terminal would not (the cursor wraps): the least useful
 * fields go first.
 */
final class ProgressLine {
  private static final double MB = 1 << 20;

  private ProgressLine() {}

  /**
   * @param elapsedNanos since the run began
   * @param columns the terminal's width
   */
  static String format(IndexingProgress progress, long elapsedNanos, int columns) {
    boolean bySources = progress.bytes() == 0;
    long done = bySources ? progress.sourcesDone() : progress.bytesDone();
    long total = bySources ? progress.sources() : progress.bytes();
    // Fields in the order shown; each with its rank, lowest dropped first.
    List<String> fields = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    add(
        fields,
        ranks,
        6,
        (bySources ? "copying " : "indexing ") + (total == 0 ? 0 : 100 * done / total) + "%");
    if (bySources) {
      add(fields, ranks, 5, done + "/" + total + " sources");
    } else {
      add(fields, ranks, 5, Math.round(done / MB) + "/" + Math.round(total / MB) + " MB");
      add(fields, ranks, 4, progress.sourcesDone() + "/" + progress.sources() + " files");
      double seconds = elapsedNanos / 1e9;
      if (done > 0 && seconds > 0) {
        double perSecond = done / seconds;
        add(fields, ranks, 3, String.format(Locale.ROOT, "%.1f MB/s", perSecond / MB));
        add(fields, ranks, 2, "ETA " + duration(Math.round((total - done) / perSecond)));
      }
    }
    add(fields, ranks, 1, progress.paragraphs() + " paragraphs");
    String line = String.join("  ", fields);
    while (line.length() > columns - 1 && fields.size() > 1) {
      int lowest = ranks.indexOf(ranks.stream().mapToInt(Integer::intValue).min().orElseThrow());
      fields.remove(lowest);
      ranks.remove(lowest);
      line = String.join("  ", fields);
    }
    return line;
  }

  private static void add(List<String> fields, List<Integer> ranks, int rank, String field) {
    fields.add(field);
    ranks.add(rank);
  }

  private static String duration(long seconds) {
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
  }
}
