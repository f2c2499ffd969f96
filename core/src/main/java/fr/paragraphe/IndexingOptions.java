package fr.paragraphe;

import fr.paragraphe.input.ParagraphMode;
import fr.paragraphe.input.TextFiles;
import fr.paragraphe.spi.DocumentReader;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * How an indexing run reads its input.
 *
 * @param mode how texts are cut into paragraphs; {@link ParagraphMode#AUTO} decides for each
 * @param encoding the encoding of every file, or null to detect each (see {@link
 *     fr.paragraphe.input.TextFile})
 * @param globs which files of a directory are taken (see {@link TextFiles#find}); empty for the
 *     default
 * @param listener hears skipped files, warnings and progress
 * @param threads how many threads analyse paragraphs and add them to the index, or 0 for {@link
 *     #DEFAULT_THREADS}; 1 indexes on the calling thread alone
 * @param documents reads the files of formats other than text (HTML, PDF...: the {@code
 *     paragraphe-documents} module gives one), or null to read text and Markdown files only
 */
public record IndexingOptions(
    ParagraphMode mode,
    Charset encoding,
    List<String> globs,
    IndexingListener listener,
    int threads,
    DocumentReader documents) {
  /**
   * Two, or one on a one-core machine: analysis is most of the work and parallelises, the
   * paragraphs come from one reader, and more threads than cores only make more, smaller segments
   * to merge.
   */
  public static final int DEFAULT_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

  /** Paragraph mode and encodings detected, default globs, nobody listening, default threads. */
  public static final IndexingOptions DEFAULT =
      new IndexingOptions(ParagraphMode.AUTO, null, List.of(), IndexingListener.NONE, 0, null);

  public IndexingOptions {
    Objects.requireNonNull(mode, "mode");
    globs = List.copyOf(globs);
    Objects.requireNonNull(listener, "listener");
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be 0 (default) or more: " + threads);
    }
  }

  /** The number of indexing threads to use: {@link #threads}, or {@link #DEFAULT_THREADS} for 0. */
  public int effectiveThreads() {
    return threads == 0 ? DEFAULT_THREADS : threads;
  }

  public IndexingOptions withMode(ParagraphMode newMode) {
    return new IndexingOptions(newMode, encoding, globs, listener, threads, documents);
  }

  public IndexingOptions withEncoding(Charset newEncoding) {
    return new IndexingOptions(mode, newEncoding, globs, listener, threads, documents);
  }

  public IndexingOptions withGlobs(List<String> newGlobs) {
    return new IndexingOptions(mode, encoding, newGlobs, listener, threads, documents);
  }

  public IndexingOptions withListener(IndexingListener newListener) {
    return new IndexingOptions(mode, encoding, globs, newListener, threads, documents);
  }

  public IndexingOptions withThreads(int newThreads) {
    return new IndexingOptions(mode, encoding, globs, listener, newThreads, documents);
  }

  public IndexingOptions withDocuments(DocumentReader newDocuments) {
    return new IndexingOptions(mode, encoding, globs, listener, threads, newDocuments);
  }
}
