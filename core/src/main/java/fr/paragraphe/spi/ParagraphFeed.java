package fr.paragraphe.spi;

import fr.paragraphe.IndexingListener;
import fr.paragraphe.IndexingOptions;
import fr.paragraphe.IndexingReport;
import fr.paragraphe.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads sources and feeds their paragraphs to a {@link ParagraphSink}, each source replacing any
 * earlier version of the same name: what {@code ParagraphIndex.add} does into the embedded index,
 * for any sink.
 */
public final class ParagraphFeed {
  private ParagraphFeed() {}

  /**
   * Reads the sources into the sink.
   *
   * @throws InvalidInputException if a source that is not {@linkplain Source.FileSource#optional()
   *     optional} cannot be read or holds no text
   * @throws IOException as the sink threw it
   */
  public static IndexingReport addSources(
      ParagraphSink sink, List<Source> sources, IndexingOptions options) throws IOException {
    return new IndexingRun(sink, options).index(sources);
  }

  /**
   * Finds the text files under the paths ({@link Source#find}) and adds them as {@link #addSources}
   * does; the report counts the files skipped while walking directories too.
   */
  public static IndexingReport addPaths(
      ParagraphSink sink, List<Path> paths, IndexingOptions options) throws IOException {
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
    IndexingReport report = addSources(sink, sources, options);
    return new IndexingReport(
        report.sources(),
        report.paragraphs(),
        report.characters(),
        report.skipped() + walkSkipped[0]);
  }
}
