package fr.paragraphe.cli;

import fr.paragraphe.IndexingListener;
import fr.paragraphe.IndexingProgress;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * What a person sees on stderr while indexing: one line per skipped file or warning, and, on a terminal for a
 * run longer than {@link #QUIET_MILLIS}, a progress line (MB read, MB/s, ETA, files, paragraphs).
 */
final class IndexingFeedback implements IndexingListener, AutoCloseable {
  /** Runs shorter than this show no progress line: it would only flicker. */
  static final long QUIET_MILLIS = 1000;

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean showProgress;
  private int skipped;
  private final long start = System.nanoTime();
  private ProgressBar bar;

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
    warn(source + ": " + reason + ", skipped");
  }

  @Override
  public void warning(String source, String message) {
    warn(source + ": " + message);
  }

  private void warn(String line) {
    if (!quiet) {
      err.println("index-cli: warning: " + line);
      err.flush();
    }
  }

  @Override
  public void progress(IndexingProgress progress) {
    // Counted in bytes when reading files, in sources when copying an index (push), which has no bytes to read.
    boolean bySources = progress.bytes() == 0;
    if (!showProgress || bySources && progress.sources() == 0) {
      return;
    }
    if (bar == null) {
      if (System.nanoTime() - start < QUIET_MILLIS * 1_000_000) {
        return;
      }
      bar =
          new ProgressBarBuilder()
              .setTaskName(bySources ? "copying" : "indexing")
              .setInitialMax(bySources ? progress.sources() : progress.bytes())
              .setUnit(bySources ? " sources" : " MB", bySources ? 1 : 1 << 20)
              .showSpeed()
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .setUpdateIntervalMillis(250)
              .build();
    }
    bar.stepTo(bySources ? progress.sourcesDone() : progress.bytesDone());
    bar.setExtraMessage(
        String.format(
            Locale.ROOT, "%d/%d files, %d paragraphs", progress.sourcesDone(), progress.sources(), progress.paragraphs()));
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
