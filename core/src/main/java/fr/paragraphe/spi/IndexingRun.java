package fr.paragraphe.spi;

import fr.paragraphe.IndexingOptions;
import fr.paragraphe.IndexingProgress;
import fr.paragraphe.IndexingReport;
import fr.paragraphe.InvalidInputException;
import fr.paragraphe.Source;
import fr.paragraphe.Source.DocumentSource;
import fr.paragraphe.Source.FileSource;
import fr.paragraphe.Source.TextSource;
import fr.paragraphe.input.NotTextException;
import fr.paragraphe.input.Paragraph;
import fr.paragraphe.input.ParagraphMode;
import fr.paragraphe.input.ParagraphSplitter;
import fr.paragraphe.input.ParagraphTooLongException;
import fr.paragraphe.input.TextFile;
import fr.paragraphe.input.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One indexing run into a sink: reads and cuts the sources, numbering their paragraphs on the
 * calling thread (so that numbers do not depend on threads), and hands them in batches to a {@link
 * BatchAdder}. Each source's paragraphs replace its earlier ones. Committing (or rolling back) is
 * the caller's, so that a run on the embedded index is all or nothing.
 *
 * <p>Failures are told apart here: the input's become {@link InvalidInputException}s naming the
 * source, the sink's come out as the sink threw them ({@link IOException}s of the index, say), for
 * the caller to name.
 */
final class IndexingRun {
  /** Progress is reported at least this often, in paragraphs, within a long source. */
  private static final int PROGRESS_EVERY = 4096;

  /** Paragraphs handed to a thread at once: large enough that handing over costs nothing. */
  private static final int BATCH = 256;

  private final ParagraphSink sink;
  private final IndexingOptions options;
  private final AtomicLong bytesDone = new AtomicLong();

  /**
   * Sources whose paragraphs were handed over in this run: a name seen again must wait for them
   * (see replace).
   */
  private final Set<String> names = new HashSet<>();

  private final BatchAdder adder;

  /** Unchanged files, and the record of each source indexed. */
  private final SourceChanges changes;

  private long bytes;
  private int sources;
  private int sourcesDone;
  private int indexed;
  private int skipped;
  private long paragraphs;
  private long characters;

  IndexingRun(ParagraphSink sink, IndexingOptions options, SourceCatalog catalog) {
    this.sink = sink;
    this.options = options;
    this.changes = new SourceChanges(catalog);
    this.adder = new BatchAdder(sink, options.effectiveThreads());
  }

  IndexingReport index(List<Source> all) throws IOException {
    sources = all.size();
    bytes = all.stream().mapToLong(IndexingRun::size).sum();
    try (adder) {
      for (Source source : all) {
        switch (source) {
          case FileSource file -> indexFile(file);
          case DocumentSource document -> indexDocument(document);
          case TextSource text -> indexText(text);
        }
        sourcesDone++;
        reportProgress();
      }
      adder.finish();
      adder.flush();
    } catch (BatchAdder.SinkFailure e) {
      throw e.getCause();
    }
    return new IndexingReport(
        indexed, paragraphs, characters, skipped, changes.added(), changes.unchanged(), 0);
  }

  private void indexFile(FileSource source) throws IOException {
    Charset encoding = source.encoding() != null ? source.encoding() : options.encoding();
    String reading =
        "paragraphs "
            + options.mode().name().toLowerCase(Locale.ROOT)
            + ", encoding "
            + (encoding == null ? "detected" : encoding.name());
    if (unchanged(source, source.path(), reading)) {
      return;
    }
    TextFile file;
    try {
      file = TextFile.inspect(source.path(), encoding);
    } catch (IOException e) {
      int line = e instanceof ParagraphTooLongException tooLong ? tooLong.line() : 0;
      String reason =
          e instanceof NotTextException || line > 0 ? e.getMessage() : TextFiles.reason(e);
      if (!source.optional()) {
        throw new InvalidInputException(source.name(), line, reason, e);
      }
      skipped++;
      options.listener().skipped(source.name(), reason);
      return;
    }
    if (file.fallback()) {
      options
          .listener()
          .warning(source.name(), "not valid UTF-8, read as " + TextFile.FALLBACK.name());
    }
    ParagraphMode mode = options.mode() == ParagraphMode.AUTO ? file.mode() : options.mode();
    replace(source.name(), splitting(() -> file.open(bytesDone), mode));
  }

  /**
   * A document is read whole first (see {@link DocumentReader#read}): one that cannot be read is
   * skipped, or fails the run, before any of its paragraphs reaches the sink.
   */
  private void indexDocument(DocumentSource source) throws IOException {
    if (unchanged(source, source.path(), "document")) {
      return;
    }
    DocumentReader.Blocks blocks;
    DocumentReader.Block first;
    try {
      blocks = source.reader().read(source.path());
      first = firstOf(blocks);
    } catch (IOException | RuntimeException e) {
      String reason =
          e instanceof UnreadableDocumentException
              ? e.getMessage()
              : e instanceof IOException io
                  ? TextFiles.reason(io)
                  : "the " + source.format() + " reader failed: " + e;
      unreadable(source.name(), source.optional(), reason, e);
      return;
    }
    try (blocks) {
      if (first == null) {
        unreadable(source.name(), source.optional(), "no text", null);
        return;
      }
      replace(source.name(), numbering(first, blocks));
    }
    bytesDone.addAndGet(size(source));
  }

  private static DocumentReader.Block firstOf(DocumentReader.Blocks blocks) throws IOException {
    try {
      return blocks.next();
    } catch (IOException | RuntimeException e) {
      blocks.close();
      throw e;
    }
  }

  /** A source that cannot be read fails the run, unless it is optional: then it is skipped. */
  private void unreadable(String name, boolean optional, String reason, Exception cause) {
    if (!optional) {
      throw new InvalidInputException(name, 0, reason, cause);
    }
    skipped++;
    options.listener().skipped(name, reason);
  }

  /** Numbers the blocks of a document from 1; a heading is the section of what follows it. */
  private static Paragraphs numbering(DocumentReader.Block first, DocumentReader.Blocks blocks) {
    return out -> {
      String section = null;
      int number = 0;
      for (DocumentReader.Block block = first; block != null; block = blocks.next()) {
        if (block.heading()) {
          section = block.text();
        }
        out.accept(
            new Paragraph(++number, 0, section, block.text(), block.heading(), block.page()));
      }
    };
  }

  private void indexText(TextSource source) throws IOException {
    changes.readingText(source);
    ParagraphMode mode = options.mode();
    if (mode == ParagraphMode.AUTO) {
      try (BufferedReader text = source.opener().open()) {
        mode = ParagraphSplitter.detect(text);
      } catch (ParagraphTooLongException e) {
        throw new InvalidInputException(source.name(), e.line(), e.getMessage(), e);
      }
    }
    replace(source.name(), splitting(source.opener(), mode));
  }

  /** Hands the paragraphs of one source, in order, to a splitter's sink. */
  @FunctionalInterface
  private interface Paragraphs {
    void feed(ParagraphSplitter.Sink out) throws IOException;
  }

  private static Paragraphs splitting(Source.Opener opener, ParagraphMode mode) {
    return out -> {
      try (BufferedReader text = opener.open()) {
        ParagraphSplitter.split(text, mode, out);
      }
    };
  }

  private void replace(String name, Paragraphs source) throws IOException {
    // A delete applies to the documents added before it. Paragraphs of a source of the same name
    // handed over earlier in this run may still be on their way: they must be in before the
    // delete, which replaces them.
    if (!names.add(name)) {
      adder.finish();
    }
    sink.beginSource(name);
    long before = paragraphs;
    List<Paragraph> batch = new ArrayList<>(BATCH);
    try {
      source.feed(
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
      // Only reading throws IOExceptions here: the sink's come as SinkFailures. Some of the
      // source's paragraphs may be in the sink already: the whole run must be rolled back.
      throw new InvalidInputException(name, 0, "cannot be read: " + TextFiles.reason(e), e);
    }
    sink.endSource(name, (int) (paragraphs - before));
    indexed++;
    changes.indexed(name, (int) (paragraphs - before));
  }

  /**
   * Whether a file is unchanged since it was indexed, so not to be read: its size counts as done.
   */
  private boolean unchanged(Source source, Path path, String reading) {
    FileState state = changes.unchanged(source, path, reading);
    if (state != null) {
      bytesDone.addAndGet(state.size());
    }
    return state != null;
  }

  private void reportProgress() {
    options
        .listener()
        .progress(new IndexingProgress(sourcesDone, sources, paragraphs, bytesDone.get(), bytes));
  }

  private static long size(Source source) {
    Path path =
        switch (source) {
          case FileSource file -> file.path();
          case DocumentSource document -> document.path();
          case TextSource text -> null;
        };
    try {
      return path == null ? 0 : Files.size(path);
    } catch (IOException e) {
      return 0; // reported when the file is read
    }
  }
}
