package fr.paragraphe.spi;

import fr.paragraphe.input.Paragraph;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * Hands batches of paragraphs to a sink, hashed and analysed on a pool of threads: IndexWriter
 * takes documents from several threads at once, each into a segment of its own, and analysis is
 * most of the time. At most two batches per thread wait or run, so memory stays small whatever the
 * input. With one thread, everything runs on the caller's.
 *
 * <p>A failure of the sink stops the batches not yet started; it is thrown, once every batch has
 * stopped, by the next call, as a {@link SinkFailure} when it is an {@link IOException}, so that no
 * reading code mistakes it for the input's.
 */
final class BatchAdder implements AutoCloseable {
  /** An {@link IOException} of the sink, kept apart from those of reading. */
  static final class SinkFailure extends RuntimeException {
    @Serial private static final long serialVersionUID = 1L;

    SinkFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  @FunctionalInterface
  private interface Work {
    void run() throws IOException;
  }

  private final ParagraphSink sink;
  private final int threads;

  /** Null with one thread. */
  private final ExecutorService pool;

  private final Deque<Future<?>> pending = new ArrayDeque<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  BatchAdder(ParagraphSink sink, int threads) {
    this.sink = sink;
    this.threads = threads;
    this.pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("paragraphe-indexing-", 1).daemon().factory());
  }

  void add(String source, List<Paragraph> batch) {
    submit(
        () ->
            sink.accept(
                batch.stream().map(paragraph -> IndexedParagraph.of(source, paragraph)).toList()));
  }

  /** Waits until every batch handed over is in the sink; throws what adding one threw. */
  void finish() {
    awaitAll();
    rethrow();
  }

  /**
   * After {@link #finish}: {@link ParagraphSink#flush} on every thread at once, waiting for them.
   * With one thread, the caller's commit writes the buffer just as well.
   */
  void flush() {
    if (pool != null) {
      for (int i = 0; i < threads; i++) {
        submit(sink::flush);
      }
      finish();
    }
  }

  private void submit(Work work) {
    rethrow();
    if (pool == null) {
      run(work);
      rethrow();
      return;
    }
    while (pending.size() >= 2 * threads) {
      await(pending.removeFirst());
    }
    rethrow();
    pending.addLast(
        pool.submit(
            () -> {
              if (failure.get() == null) {
                run(work);
              }
            }));
  }

  private void run(Work work) {
    try {
      work.run();
    } catch (Throwable e) {
      failure.accumulateAndGet(e, BatchAdder::first);
    }
  }

  /**
   * The first failure, unless it is a writer closed by another thread's failure, which is the
   * cause.
   */
  private static Throwable first(Throwable kept, Throwable next) {
    if (kept == null
        || kept instanceof AlreadyClosedException && !(next instanceof AlreadyClosedException)) {
      return next;
    }
    return kept;
  }

  private void rethrow() {
    if (failure.get() == null) {
      return;
    }
    awaitAll(); // every failure is in before one is chosen
    switch (failure.get()) {
      case IOException e -> throw new SinkFailure(e);
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      case Throwable e -> throw new IllegalStateException(e);
    }
  }

  private void awaitAll() {
    while (!pending.isEmpty()) {
      await(pending.removeFirst());
    }
  }

  /**
   * Waits for a batch, not stopping on interruption: nothing may be added after the caller rolls
   * back.
   */
  private static void await(Future<?> batch) {
    boolean interrupted = false;
    while (true) {
      try {
        batch.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause()); // run() catches everything
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits for the batches already handed over (on success or failure alike), then stops the
   * threads.
   */
  @Override
  public void close() {
    awaitAll();
    if (pool != null) {
      pool.shutdown();
    }
  }
}
