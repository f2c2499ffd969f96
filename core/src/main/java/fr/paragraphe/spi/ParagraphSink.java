package fr.paragraphe.spi;

import java.io.IOException;
import java.util.List;

/**
 * What receives paragraphs: the embedded index, or a copy of it elsewhere (an OpenSearch cluster).
 * A sink only stores; {@link ParagraphFeed} reads, decodes and cuts the sources into it, the same
 * for every sink, and {@code ParagraphIndex.copyTo} feeds it an index's paragraphs.
 *
 * <p>For each source, in this order: {@link #beginSource}, then {@link #accept} for batches of its
 * paragraphs (possibly from several threads at once, and still running when the next source
 * begins), then {@link #endSource}. When the same source comes twice in one run, every batch of the
 * first is accepted before the second begins.
 */
public interface ParagraphSink {

  /**
   * A source is about to be read: a sink that deletes before adding drops its older paragraphs
   * here.
   */
  void beginSource(String source) throws IOException;

  /** Paragraphs of one source, in order. Must be safe to call from several threads. */
  void accept(List<IndexedParagraph> paragraphs) throws IOException;

  /**
   * Every paragraph of the source was handed to {@link #accept} (which may still be storing them):
   * a sink that overwrites by id drops the older paragraphs numbered above {@code lastParagraph}
   * here (0: the source had no paragraph).
   */
  void endSource(String source, int lastParagraph) throws IOException;

  /**
   * Every paragraph of the run was accepted: called once from each indexing thread at the same
   * time, so that a sink that buffers (IndexWriter) can write its buffers out in parallel rather
   * than one after another when the caller commits. Does nothing by default.
   */
  default void flush() throws IOException {}

  /** Drops every paragraph of a source: a source that now has no paragraph. */
  default void removeSource(String source) throws IOException {
    beginSource(source);
    endSource(source, 0);
  }
}
