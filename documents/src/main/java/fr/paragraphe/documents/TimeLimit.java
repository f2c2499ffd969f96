package fr.paragraphe.documents;

import fr.paragraphe.spi.DocumentReader.Blocks;
import fr.paragraphe.spi.UnreadableDocumentException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a document on a thread of its own, so that a parser that hangs costs at most {@link
 * Limits#timeLimit}: past it, the reading is cancelled (its next block throws), its thread
 * interrupted and abandoned (a daemon), and the document refused. Java cannot stop a thread that
 * loops without looking at either; such a thread runs on in the background, but the run goes on.
 */
final class TimeLimit {
  /** What the reading thread does with the buffer it is given. */
  @FunctionalInterface
  interface Reading {
    void read(BlockBuffer out) throws IOException;
  }

  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int ABANDONED = 2;

  private TimeLimit() {}

  static Blocks read(Limits limits, Duration limit, Reading reading) throws IOException {
    BlockBuffer out = new BlockBuffer(limits);
    AtomicInteger state = new AtomicInteger(RUNNING);
    CompletableFuture<Blocks> result = new CompletableFuture<>();
    Thread worker =
        Thread.ofPlatform()
            .name("paragraphe-document")
            .daemon()
            .start(
                () -> {
                  try {
                    reading.read(out);
                    Blocks blocks = out.finish();
                    if (state.compareAndSet(RUNNING, DONE)) {
                      result.complete(blocks);
                      return;
                    }
                  } catch (Throwable e) {
                    if (state.compareAndSet(RUNNING, DONE)) {
                      result.completeExceptionally(e);
                    }
                  }
                  closeQuietly(out); // failed, or abandoned: nobody else will close it
                });
    try {
      try {
        result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        if (state.compareAndSet(RUNNING, ABANDONED)) {
          out.cancel();
          worker.interrupt();
          throw new UnreadableDocumentException(
              "not read within " + seconds(limit) + " (the time limit)");
        } // else it finished meanwhile: its result is in
      }
      return result.get(); // at once, or as soon as the thread completes it
    } catch (InterruptedException e) {
      if (state.compareAndSet(RUNNING, ABANDONED)) {
        out.cancel();
        worker.interrupt();
      }
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading a document");
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException cause -> throw cause;
        case RuntimeException cause -> throw cause;
        case Error cause -> throw cause;
        case Throwable cause -> throw new IllegalStateException(cause);
      }
    }
  }

  private static String seconds(Duration limit) {
    return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
  }

  private static void closeQuietly(BlockBuffer out) {
    try {
      out.close();
    } catch (IOException e) {
      // A temporary file that cannot be deleted is left to the system's temporary folder.
    }
  }
}
