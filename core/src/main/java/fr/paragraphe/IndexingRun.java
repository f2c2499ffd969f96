package fr.paragraphe;

import fr.paragraphe.Source.FileSource;
import fr.paragraphe.Source.TextSource;
import fr.paragraphe.input.NotTextException;
import fr.paragraphe.input.Paragraph;
import fr.paragraphe.input.ParagraphMode;
import fr.paragraphe.input.ParagraphTooLongException;
import fr.paragraphe.input.ParagraphSplitter;
import fr.paragraphe.input.TextFile;
import fr.paragraphe.input.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One indexing run into a sink: each source's paragraphs replace its earlier ones. Committing (or rolling back)
 * is the caller's, so that a run on the embedded index is all or nothing.
 *
 * <p>The calling thread reads and cuts the texts (numbering the paragraphs, so numbers do not depend on
 * threads) and hands batches of paragraphs to {@link IndexingOptions#effectiveThreads} threads, which build and
 * hash them and hand them to the sink: IndexWriter takes documents from several threads at once, each into a
 * segment of its own, and analysis is most of the time. Only the order of documents inside the index varies.
 */
final class IndexingRun {
  /** Progress is reported at least this often, in paragraphs, within a long source. */
  private static final int PROGRESS_EVERY = 4096;
  /** Paragraphs handed to a thread at once: large enough that handing over costs nothing. */
  private static final int BATCH = 256;

  private final ParagraphSink sink;
  private final IndexingOptions options;
  private final AtomicLong bytesDone = new AtomicLong();
  private final Adder adder;
  /** Sources whose paragraphs were handed over in this run: a name seen again must wait for them (see replace). */
  private final Set<String> names = new HashSet<>();
  private long bytes;
  private int sources;
  private int sourcesDone;
  private int indexed;
  private int skipped;
  private long paragraphs;
  private long characters;

  IndexingRun(ParagraphSink sink, IndexingOptions options) {
    this.sink = sink;
    this.options = options;
    int threads = options.effectiveThreads();
    this.adder = threads == 1 ? new Adder.OnThisThread(sink) : new Adder.OnThreads(sink, threads);
  }

  IndexingReport index(List<Source> all) throws IOException {
    sources = all.size();
    bytes = all.stream().mapToLong(IndexingRun::size).sum();
    try (adder) {
      for (Source source : all) {
        switch (source) {
          case FileSource file -> indexFile(file);
          case TextSource text -> indexText(text);
        }
        sourcesDone++;
        reportProgress();
      }
      adder.finish();
      adder.flush();
    }
    return new IndexingReport(indexed, paragraphs, characters, skipped);
  }

  private void indexFile(FileSource source) throws IOException {
    Charset encoding = source.encoding() != null ? source.encoding() : options.encoding();
    TextFile file;
    try {
      file = TextFile.inspect(source.path(), encoding);
    } catch (IOException e) {
      int line = e instanceof ParagraphTooLongException tooLong ? tooLong.line() : 0;
      String reason = e instanceof NotTextException || line > 0 ? e.getMessage() : TextFiles.reason(e);
      if (!source.optional()) {
        throw new InvalidInputException(source.name(), line, reason, e);
      }
      skipped++;
      options.listener().skipped(source.name(), reason);
      return;
    }
    if (file.fallback()) {
      options.listener().warning(source.name(), "not valid UTF-8, read as " + TextFile.FALLBACK.name());
    }
    ParagraphMode mode = options.mode() == ParagraphMode.AUTO ? file.mode() : options.mode();
    replace(source.name(), () -> file.open(bytesDone), mode);
  }

  private void indexText(TextSource source) throws IOException {
    ParagraphMode mode = options.mode();
    if (mode == ParagraphMode.AUTO) {
      try (BufferedReader text = source.opener().open()) {
        mode = ParagraphSplitter.detect(text);
      } catch (ParagraphTooLongException e) {
        throw new InvalidInputException(source.name(), e.line(), e.getMessage(), e);
      }
    }
    replace(source.name(), source.opener(), mode);
  }

  private void replace(String name, Source.Opener opener, ParagraphMode mode) throws IOException {
    // A delete applies to the documents added before it. Paragraphs of a source of the same name handed over
    // earlier in this run may still be on their way: they must be in before the delete, which replaces them.
    if (!names.add(name)) {
      adder.finish();
    }
    sink.beginSource(name);
    long before = paragraphs;
    List<Paragraph> batch = new ArrayList<>(BATCH);
    try (BufferedReader text = opener.open()) {
      ParagraphSplitter.split(
          text,
          mode,
          paragraph -> {
            batch.add(paragraph);
            if (batch.size() == BATCH) {
              adder.add(name, List.copyOf(batch));
              batch.clear();
            }
            paragraphs++;
            characters += paragraph.text().length();
            if (paragraphs % PROGRESS_EVERY == 0) {
              reportProgress();
            }
          });
      adder.add(name, List.copyOf(batch));
    } catch (ParagraphTooLongException e) {
      throw new InvalidInputException(name, e.line(), e.getMessage(), e);
    } catch (IOException e) {
      // Some of its paragraphs may be in the writer already: the whole run must be rolled back.
      throw new InvalidInputException(name, 0, "cannot be read: " + TextFiles.reason(e), e);
    }
    sink.endSource(name, (int) (paragraphs - before));
    indexed++;
  }

  private void reportProgress() {
    options.listener().progress(new IndexingProgress(sourcesDone, sources, paragraphs, bytesDone.get(), bytes));
  }

  /** Adds the documents of batches of paragraphs to the writer. */
  private sealed interface Adder extends AutoCloseable {
    void add(String source, List<Paragraph> batch) throws IOException;

    /** Waits until every batch handed over is in the writer; throws what adding one threw. */
    void finish() throws IOException;

    /** After {@link #finish}: {@link ParagraphSink#flush} on every thread at once, waiting for them. */
    void flush() throws IOException;

    /** Stops the threads, after the batches they were given (on success or failure alike). */
    @Override
    void close();

    /** One thread: everything on the caller's, as a plain loop over addDocument. */
    record OnThisThread(ParagraphSink sink) implements Adder {
      @Override
      public void add(String source, List<Paragraph> batch) throws IOException {
        sink.accept(batch.stream().map(paragraph -> IndexedParagraph.of(source, paragraph)).toList());
      }

      @Override
      public void finish() {}

      @Override
      public void flush() {
        // One thread: the commit writes the buffer just as well.
      }

      @Override
      public void close() {}
    }

    /** A pool of threads; at most two batches per thread wait or run, so memory stays small whatever the input. */
    final class OnThreads implements Adder {
      private final ParagraphSink sink;
      private final ExecutorService pool;
      private final int slots;
      private final Semaphore free;
      private final AtomicReference<Throwable> failure = new AtomicReference<>();

      private final int threads;

      OnThreads(ParagraphSink sink, int threads) {
        this.sink = sink;
        this.threads = threads;
        this.pool =
            Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("paragraphe-indexing-", 1).daemon().factory());
        this.slots = 2 * threads;
        this.free = new Semaphore(slots);
      }

      @Override
      public void add(String source, List<Paragraph> batch) throws IOException {
        submit(() -> new OnThisThread(sink).add(source, batch));
      }

      @Override
      public void flush() throws IOException {
        for (int i = 0; i < threads; i++) {
          submit(sink::flush);
        }
        finish();
      }

      private void submit(Work work) throws IOException {
        rethrow();
        free.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            if (failure.get() == null) {
              work.run();
            }
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          } finally {
            free.release();
          }
        });
      }

      private interface Work {
        void run() throws IOException;
      }

      @Override
      public void finish() throws IOException {
        free.acquireUninterruptibly(slots);
        free.release(slots);
        rethrow();
      }

      private void rethrow() throws IOException {
        switch (failure.get()) {
          case null -> {}
          case IOException e -> throw e;
          case RuntimeException e -> throw e;
          case Error e -> throw e;
          case Throwable e -> throw new IllegalStateException(e);
        }
      }

      @Override
      public void close() {
        // Wait for the batches already handed over, so that nothing is added after the caller rolls back.
        free.acquireUninterruptibly(slots);
        free.release(slots);
        pool.shutdown();
      }
    }
  }

  private static long size(Source source) {
    if (source instanceof FileSource file) {
      try {
        return Files.size(file.path());
      } catch (IOException e) {
        return 0; // reported when the file is read
      }
    }
    return 0;
  }
}
