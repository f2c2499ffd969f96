package fr.paragraphe;

import fr.paragraphe.Source.FileSource;
import fr.paragraphe.Source.TextSource;
import fr.paragraphe.input.NotTextException;
import fr.paragraphe.input.ParagraphMode;
import fr.paragraphe.input.ParagraphTooLongException;
import fr.paragraphe.input.ParagraphSplitter;
import fr.paragraphe.input.TextFile;
import fr.paragraphe.input.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * One indexing run on an open writer: each source's paragraphs replace its earlier ones. Committing (or rolling
 * back) is the caller's, so that a run is all or nothing.
 */
final class IndexingRun {
  /** Progress is reported at least this often, in paragraphs, within a long source. */
  private static final int PROGRESS_EVERY = 4096;

  private final IndexWriter writer;
  private final IndexingOptions options;
  private final AtomicLong bytesDone = new AtomicLong();
  private long bytes;
  private int sources;
  private int sourcesDone;
  private int indexed;
  private int skipped;
  private long paragraphs;
  private long characters;

  IndexingRun(IndexWriter writer, IndexingOptions options) {
    this.writer = writer;
    this.options = options;
  }

  IndexingReport index(List<Source> all) throws IOException {
    sources = all.size();
    bytes = all.stream().mapToLong(IndexingRun::size).sum();
    for (Source source : all) {
      switch (source) {
        case FileSource file -> indexFile(file);
        case TextSource text -> indexText(text);
      }
      sourcesDone++;
      reportProgress();
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
    writer.deleteDocuments(new Term(ParagraphDocument.SOURCE, name));
    try (BufferedReader text = opener.open()) {
      ParagraphSplitter.split(
          text,
          mode,
          paragraph -> {
            writer.addDocument(ParagraphDocument.of(name, paragraph));
            paragraphs++;
            characters += paragraph.text().length();
            if (paragraphs % PROGRESS_EVERY == 0) {
              reportProgress();
            }
          });
    } catch (ParagraphTooLongException e) {
      throw new InvalidInputException(name, e.line(), e.getMessage(), e);
    } catch (IOException e) {
      // Some of its paragraphs may be in the writer already: the whole run must be rolled back.
      throw new InvalidInputException(name, 0, "cannot be read: " + TextFiles.reason(e), e);
    }
    indexed++;
  }

  private void reportProgress() {
    options.listener().progress(new IndexingProgress(sourcesDone, sources, paragraphs, bytesDone.get(), bytes));
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
