package fr.paragraphe.cli;

import fr.paragraphe.IndexingListener;
import fr.paragraphe.IndexingProgress;
import java.io.PrintWriter;

/**
 * What a person sees on stderr while indexing: one line per skipped file or warning, and, on a
 * terminal for a run longer than {@link #QUIET_MILLIS}, a progress line (MB read, MB/s, ETA, files,
 * paragraphs).
 */
final class IndexingFeedback implements IndexingListener, AutoCloseable {
  /** Runs shorter than this show no progress line: it would only flicker. */
  static final long QUIET_MILLIS = 1000;

  /** Redrawing more often would only cost time. */
  private static final long REDRAW_MILLIS = 250;

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean showProgress;
  private int skipped;
  private final long start = System.nanoTime();
  private final int columns = terminalColumns();
  private boolean drawn;
  private long lastDrawn;
  private int width;

  /**
   * @param quiet no warning lines (skipped files are still counted)
   * @param showProgress whether a progress line may be drawn (stderr is a terminal)
   */
  IndexingFeedback(PrintWriter err, boolean quiet, boolean showProgress) {
    this.err = err;
    this.quiet = quiet;
    this.showProgress = showProgress;
  }

  /** Files skipped so far, while walking directories or reading files. */
  int skipped() {
    return skipped;
  }

  @Override
  public void skipped(String source, String reason) {
    skipped++;
    warn(SourceNames.shown(source) + ": " + reason + ", skipped");
  }

  @Override
  public void warning(String source, String message) {
    warn(SourceNames.shown(source) + ": " + message);
  }

  private void warn(String line) {
    if (!quiet) {
      if (drawn) {
        err.print("\r" + " ".repeat(width) + "\r"); // the warning takes the progress line's place
        width = 0;
      }
      err.println("index-cli: warning: " + line);
      err.flush();
    }
  }

  @Override
  public void progress(IndexingProgress progress) {
    if (!showProgress || progress.bytes() == 0 && progress.sources() == 0) {
      return;
    }
    long now = System.nanoTime();
    if (now - start < QUIET_MILLIS * 1_000_000
        || drawn && now - lastDrawn < REDRAW_MILLIS * 1_000_000) {
      return;
    }
    String line = ProgressLine.format(progress, now - start, columns);
    // Back to the start of the line, the new text, and spaces over what is left of a longer earlier
    // one.
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
    drawn = true;
    lastDrawn = now;
  }

  @Override
  public void close() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }

  /** The terminal's width as the shell exports it, else the usual 80 columns. */
  private static int terminalColumns() {
    try {
      String columns = System.getenv("COLUMNS");
      return columns == null ? 80 : Math.max(20, Integer.parseInt(columns.trim()));
    } catch (NumberFormatException e) {
      return 80;
    }
  }
}
