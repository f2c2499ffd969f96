package fr.paragraphe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where indexing puts paragraphs: the embedded index, or a copy of it elsewhere (an OpenSearch cluster). Reading,
 * decoding and cutting the sources is the same for every sink ({@link #addSources}); a sink only stores.
 *
 * <p>For each source, in this order: {@link #beginSource}, then {@link #accept} for batches of its paragraphs
 * (possibly from several threads at once, and still running when the next source begins), then {@link
 * #endSource}. When the same source comes twice in one run, every batch of the first is accepted before the
 * second begins.
 */
public interface ParagraphSink {

  /** A source is about to be read: a sink that deletes before adding drops its older paragraphs here. */
  void beginSource(String source) throws IOException;

  /** Paragraphs of one source, in order. Must be safe to call from several threads. */
  void accept(List<IndexedParagraph> paragraphs) throws IOException;

  /**
   * Every paragraph of the source was handed to {@link #accept} (which may still be storing them): a sink that
   * overwrites by id drops the older paragraphs numbered above {@code lastParagraph} here (0: the source had no
   * paragraph).
   */
  void endSource(String source, int lastParagraph) throws IOException;

  /**
   * Every paragraph of the run was accepted: called once from each indexing thread at the same time, so that a
   * sink that buffers (IndexWriter) can write its buffers out in parallel rather than one after another when
   * the caller commits. Does nothing by default.
   */
  default void flush() throws IOException {}

  /**
   * Reads the sources and hands their paragraphs to this sink, each replacing any earlier version of the same
   * name, as {@link ParagraphIndex#add(List, IndexingOptions)} does.
   *
   * @throws InvalidInputException if a source that is not {@linkplain Source.FileSource#optional() optional}
   *     cannot be read or holds no text
   */
  default IndexingReport addSources(List<Source> sources, IndexingOptions options) throws IOException {
    return new IndexingRun(this, options).index(sources);
  }

  /**
   * Finds the text files under the paths ({@link Source#find}) and adds them as {@link #addSources} does; the
   * report counts the files skipped while walking directories too.
   */
  default IndexingReport addPaths(List<Path> paths, IndexingOptions options) throws IOException {
    int[] walkSkipped = {0};
    IndexingListener counting =
        new IndexingListener() {
          @Override
          public void skipped(String source, String reason) {
            walkSkipped[0]++;
            options.listener().skipped(source, reason);
          }
        };
    List<Source> sources = Source.find(paths, options.withListener(counting));
    IndexingReport report = addSources(sources, options);
    return new IndexingReport(
        report.sources(), report.paragraphs(), report.characters(), report.skipped() + walkSkipped[0]);
  }
}
