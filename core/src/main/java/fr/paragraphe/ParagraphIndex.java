package fr.paragraphe;

import fr.paragraphe.index.IndexStore;
import fr.paragraphe.input.ParagraphMode;
import fr.paragraphe.query.ParsedQuery;
import fr.paragraphe.search.Concordancing;
import fr.paragraphe.search.Searching;
import fr.paragraphe.spi.ParagraphSink;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;

/**
 * A searchable index of French paragraphs, on disk or in memory.
 *
 * <pre>{@code
 * try (ParagraphIndex index = ParagraphIndex.openOrCreate(Path.of("my-index"))) {
 *   index.add(List.of(Source.file(Path.of("article.txt"))));
 *   for (Hit hit : index.search("\"rive gauche du Tigre\"", SearchOptions.DEFAULT).hits()) {
 *     System.out.println(hit.source() + ":" + hit.paragraph() + " " + hit.text());
 *   }
 * }
 * }</pre>
 *
 * <p>Each call to {@link #add} is one Lucene commit: either all of its sources are in the index
 * afterwards, each replacing its earlier version, or (on any failure, or if the process dies) the
 * index is as it was. Searches see the last commit, made by this instance or any other, in this
 * process or another. Searching is thread-safe, also while another thread adds; adding is
 * serialised, and only one process at a time may add to an index on disk.
 */
public final class ParagraphIndex implements Closeable {
  private final IndexStore store;

  private ParagraphIndex(IndexStore store) {
    this.store = store;
  }

  /** Opens an existing index for searching and adding. */
  public static ParagraphIndex open(Path path) {
    return new ParagraphIndex(IndexStore.open(path));
  }

  /**
   * Opens the index at {@code path}, creating an empty one (and the directory) if there is none.
   *
   * @throws ForeignIndexException if the directory holds files but no index: they may be a damaged
   *     index (its commit file lost) or anything else, and creating an index there could delete
   *     some of them
   */
  public static ParagraphIndex openOrCreate(Path path) {
    return new ParagraphIndex(IndexStore.openOrCreate(path));
  }

  /**
   * {@link #openOrCreate(Path)} over any directory (tests give one that fails on purpose), with the
   * writer's buffer size: a small one makes the writer write segments while adding.
   */
  static ParagraphIndex openOrCreate(Directory directory, String name, double ramBufferMB)
      throws IOException {
    return new ParagraphIndex(IndexStore.openOrCreate(directory, name, ramBufferMB));
  }

  /**
   * Verifies the index at {@code path} with Lucene's CheckIndex: every file's checksum, every
   * segment read through, and the commit marked as written by paragraphe. Reads all of the index:
   * slow on a large one.
   *
   * @return the problems found, one line each; none when the index is sound
   * @throws MissingIndexException if there is no index at {@code path}
   * @throws IndexBusyException if another process is writing to it
   */
  public static List<String> check(Path path) {
    return IndexStore.check(path);
  }

  /** A new, empty index held in memory, for tests and small embedded uses. */
  public static ParagraphIndex inMemory() {
    return new ParagraphIndex(IndexStore.inMemory());
  }

  /**
   * {@link #add(List, IndexingOptions)} with the {@link IndexingOptions#DEFAULT default options}.
   */
  public IndexingReport add(List<Source> sources) {
    return add(sources, IndexingOptions.DEFAULT);
  }

  /** {@link #add(List, IndexingOptions)} with every text cut into paragraphs in the given mode. */
  public IndexingReport add(List<Source> sources, ParagraphMode mode) {
    return add(sources, IndexingOptions.DEFAULT.withMode(mode));
  }

  /**
   * Indexes the sources in one commit, each replacing any earlier version of the same name.
   *
   * @throws InvalidInputException if a source that is not {@linkplain Source.FileSource#optional()
   *     optional} cannot be read or holds no text; nothing of this call is committed
   * @throws IndexBusyException if another writer holds the index
   * @throws IndexWriteException if writing the index fails (a full disk, say); nothing of this call
   *     is committed
   */
  public IndexingReport add(List<Source> sources, IndexingOptions options) {
    return store.add(sources, options);
  }

  /**
   * Indexes files and directories in one commit, as the command line does: see {@link Source#find}.
   * The index follows each directory given: files unchanged since they were indexed (same size and
   * time, or same bytes, read with the same options) are not read again, and the sources of files
   * gone from it are removed. The report counts the files skipped while walking directories too.
   */
  public IndexingReport addPaths(List<Path> paths, IndexingOptions options) {
    return addPaths(paths, List.of(), options);
  }

  /**
   * {@link #addPaths(List, IndexingOptions)}, and more sources (standard input, say), in the same
   * commit.
   */
  public IndexingReport addPaths(List<Path> paths, List<Source> more, IndexingOptions options) {
    return store.addPaths(paths, more, options);
  }

  /**
   * Searches with the query syntax: phrases, slop, AND/OR/NOT, +/-, parentheses, prefix{@code *}.
   *
   * @throws QuerySyntaxException if the query is malformed, or beyond a limit: longer than 4,000
   *     characters, more than {@link IndexSearcher#getMaxClauseCount()} (1,024) words, parentheses
   *     nested deeper than 100, or a prefix standing for more than 10,000 indexed words
   */
  public SearchResult search(String query, SearchOptions options) {
    return run(ParsedQuery.parse(query), options);
  }

  /**
   * Searches the whole text as one exact phrase, whatever characters it holds.
   *
   * @throws QuerySyntaxException if it has no words or more than 4,000 characters
   */
  public SearchResult searchPhrase(String phrase, SearchOptions options) {
    return run(ParsedQuery.parsePhrase(phrase), options);
  }

  /**
   * Every occurrence of what the query matches, in its context: one per span that {@link #search}
   * highlights, in every matching paragraph (duplicates included), in reading order (source, then
   * paragraph number). The paragraphs are read as the stream is consumed; close it (try with
   * resources) to let the index go.
   *
   * <pre>{@code
   * try (Stream<Occurrence> lines = index.concordance("\"rive gauche\"", ConcordanceOptions.DEFAULT)) {
   *   lines.forEach(o -> System.out.println(o.left() + "[" + o.match() + "]" + o.right()));
   * }
   * }</pre>
   *
   * @throws QuerySyntaxException as {@link #search} does, at once
   */
  public Stream<Occurrence> concordance(String query, ConcordanceOptions options) {
    return occurrences(ParsedQuery.parse(query), options);
  }

  /** {@link #concordance} of the whole text as one exact phrase, as {@link #searchPhrase}. */
  public Stream<Occurrence> concordancePhrase(String phrase, ConcordanceOptions options) {
    return occurrences(ParsedQuery.parsePhrase(phrase), options);
  }

  private Stream<Occurrence> occurrences(ParsedQuery query, ConcordanceOptions options) {
    return store.streamOnLatest(
        "reading", searcher -> Concordancing.stream(searcher, query, options));
  }

  /**
   * Removes every paragraph of the named sources in one commit. A name the index does not hold is
   * taken as a file's path, as {@link Source#nameOf} names it ({@code seeds/a.txt}, from the
   * working directory). All or nothing: if one name is not in the index, nothing is removed.
   *
   * @throws UnknownSourceException naming the first source that is not in the index
   * @throws IndexBusyException if another writer holds the index
   * @throws IndexWriteException if writing the index fails (a full disk, say); nothing of this call
   *     is committed
   */
  public RemovalReport remove(List<String> sources) {
    return store.remove(sources);
  }

  /** The sources the index holds, as searches see it, by name. */
  public List<IndexedSource> sources() {
    return store.sources().stream()
        .map(
            r ->
                new IndexedSource(
                    r.source(), r.format(), r.paragraphs(), Instant.ofEpochMilli(r.indexedAt())))
        .toList();
  }

  /** What the index holds, as searches see it: sources, paragraphs, duplicates, words, size. */
  public IndexStats stats() {
    return store.stats();
  }

  /**
   * Hands every paragraph of the index to a sink, source by source, as searches see the index now:
   * how an index is copied elsewhere (pushed to an OpenSearch cluster, say). Progress counts
   * sources and paragraphs.
   */
  public IndexingReport copyTo(ParagraphSink sink, IndexingListener listener) {
    return store.copyTo(sink, listener);
  }

  private SearchResult run(ParsedQuery query, SearchOptions options) {
    return store.onLatest("reading", searcher -> Searching.run(searcher, query, options));
  }

  /**
   * Closes the index; using it afterwards throws a {@link ParagrapheException}. Closing again does
   * nothing.
   */
  @Override
  public void close() {
    store.close();
  }
}
