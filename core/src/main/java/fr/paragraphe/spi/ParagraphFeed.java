package fr.paragraphe.spi;

import fr.paragraphe.IndexingListener;
import fr.paragraphe.IndexingOptions;
import fr.paragraphe.IndexingReport;
import fr.paragraphe.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
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
    return addSources(sink, sources, options, null);
  }

  /**
   * {@link #addSources} into a sink that keeps a catalog of its sources: files the catalog shows
   * unchanged are not read again, and the catalog is updated with what was indexed.
   */
  public static IndexingReport addSources(
      ParagraphSink sink, List<Source> sources, IndexingOptions options, SourceCatalog catalog)
      throws IOException {
    return new IndexingRun(sink, options, catalog).index(sources);
  }

  /**
   * Finds the text files under the paths ({@link Source#find}) and adds them as {@link #addSources}
   * does; the report counts the files skipped while walking directories too.
   */
  public static IndexingReport addPaths(
      ParagraphSink sink, List<Path> paths, IndexingOptions options) throws IOException {
    return addPaths(sink, paths, List.of(), options, null);
  }

  /**
   * {@link #addPaths}, then {@code more} sources, into a sink that keeps a catalog of its sources
   * (or none: null): as {@link #addSources(ParagraphSink, List, IndexingOptions, SourceCatalog)},
   * and the sources below a directory given whose file is gone are removed, so that the index
   * follows the directory.
   */
  public static IndexingReport addPaths(
      ParagraphSink sink,
      List<Path> paths,
      List<Source> more,
      IndexingOptions options,
      SourceCatalog catalog)
      throws IOException {
    int[] walkSkipped = {0};
    IndexingListener counting =
        new IndexingListener() {
          @Override
          public void skipped(String source, String reason) {
            walkSkipped[0]++;
            options.listener().skipped(source, reason);
          }
        };
    List<Source> sources = new ArrayList<>(Source.find(paths, options.withListener(counting)));
    sources.addAll(more);
    IndexingReport report = addSources(sink, sources, options, catalog);
    int removed = catalog == null ? 0 : removeGone(sink, paths, catalog);
    return new IndexingReport(
        report.sources(),
        report.paragraphs(),
        report.characters(),
        report.skipped() + walkSkipped[0],
        report.added(),
        report.unchanged(),
        removed);
  }

  /**
   * Removes the sources recorded below the directories given whose file no longer exists. A file
   * that exists but was not taken (another --glob, now hidden) keeps its paragraphs, as a skipped
   * file does.
   */
  private static int removeGone(ParagraphSink sink, List<Path> paths, SourceCatalog catalog)
      throws IOException {
    int removed = 0;
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        continue;
      }
      for (String name : catalog.below(Source.nameOf(path))) {
        if (!Files.exists(Path.of(name), LinkOption.NOFOLLOW_LINKS)) {
          sink.removeSource(name);
          catalog.remove(name);
          removed++;
        }
      }
    }
    return removed;
  }
}
