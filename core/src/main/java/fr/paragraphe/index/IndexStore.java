package fr.paragraphe.index;

import fr.paragraphe.ForeignIndexException;
import fr.paragraphe.IndexBusyException;
import fr.paragraphe.IndexStats;
import fr.paragraphe.IndexWriteException;
import fr.paragraphe.IndexingListener;
import fr.paragraphe.IndexingOptions;
import fr.paragraphe.IndexingReport;
import fr.paragraphe.MissingIndexException;
import fr.paragraphe.ParagrapheException;
import fr.paragraphe.RemovalReport;
import fr.paragraphe.Source;
import fr.paragraphe.analysis.AnalysisChain;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.input.TextFiles;
import fr.paragraphe.spi.ParagraphFeed;
import fr.paragraphe.spi.ParagraphSink;
import fr.paragraphe.spi.SourceCatalog;
import fr.paragraphe.spi.SourceRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * Internal: not part of the API; used by ParagraphIndex.
 *
 * <p>The index in its Lucene directory, which it owns: opened only when paragraphe wrote it in this
 * version's format and analysis chain, changed in one commit per change, read through searchers of
 * the last commit.
 */
public final class IndexStore implements Closeable {
  /**
   * Marks a commit as ours, with the version of the document layout and analysis it was written
   * with.
   */
  static final String FORMAT_KEY = "paragraphe.format";

  // 2 (2026-12-01): the hash is 128 bits, binary; every document has its hash prefix in doc values.
  // 3 (2026-12-02): no offsets in the postings, a 64-bit hash, no id term; the chain is recorded.
  // 4 (2026-12-02): a file's source name is its absolute path; the commit holds a SourceCatalog.
  static final String FORMAT = "4";

  /**
   * Records in each commit the analysis chain the index is written with ({@link
   * AnalysisChain#describe} of {@code INDEX}, which states every parameter), so that an index is
   * never searched with another chain than the one that wrote it; the query-side modes are this
   * version's own. Any change to that text, wording included, makes existing indexes refused.
   */
  static final String ANALYSIS_KEY = "paragraphe.analysis";

  static final String ANALYSIS = AnalysisChain.describe(FrenchParagraphAnalyzer.Mode.INDEX);

  /**
   * Larger than Lucene's 16 MB default: fewer, larger flushed segments index faster; still small
   * next to a heap.
   */
  private static final double RAM_BUFFER_MB = 64;

  /**
   * An index smaller than this is read through file channels rather than mapped: mapping (Lucene's
   * MMapDirectory) first sets up madvise through the foreign linker, about 30 ms of each process's
   * start-up, more than reading a small index costs; a large one is searched faster mapped.
   */
  static final long MAPPED_FROM_BYTES = 32L << 20;

  private final Directory directory;
  private final String name;
  private final double ramBufferMB;
  private final LatestSearchers searchers;
  private volatile boolean closed;

  private IndexStore(Directory directory, String name, double ramBufferMB) throws IOException {
    this.directory = directory;
    this.name = name;
    this.ramBufferMB = ramBufferMB;
    this.searchers = new LatestSearchers(directory);
  }

  /** Opens an existing index. */
  public static IndexStore open(Path path) {
    if (!Files.isDirectory(path)) {
      throw new MissingIndexException(path);
    }
    try {
      FSDirectory directory = directory(path);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new MissingIndexException(path);
      }
      try {
        checkFormat(directory, path.toString());
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
      return opened(directory, path.toString(), RAM_BUFFER_MB);
    } catch (IOException e) {
      throw unreadable(path.toString(), e);
    }
  }

  /**
   * Opens the index at {@code path}, creating an empty one (and the directory) if there is none.
   */
  public static IndexStore openOrCreate(Path path) {
    try {
      Files.createDirectories(path);
      return openOrCreate(directory(path), path.toString(), RAM_BUFFER_MB);
    } catch (IOException e) {
      throw unreadable(path.toString(), e);
    }
  }

  /**
   * {@link #openOrCreate(Path)} over any directory (tests give one that fails on purpose), with the
   * writer's buffer size: a small one makes the writer write segments while adding.
   */
  public static IndexStore openOrCreate(Directory directory, String name, double ramBufferMB)
      throws IOException {
    try {
      if (DirectoryReader.indexExists(directory)) {
        checkFormat(directory, name);
      } else if (holdsFiles(directory)) {
        throw new ForeignIndexException(
            name
                + " holds files but no index (or an index whose commit file is lost): index into an empty or new"
                + " directory",
            null);
      } else {
        createEmpty(directory, name);
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    return opened(directory, name, ramBufferMB);
  }

  /** The problems {@link IndexCheck} finds in the index at {@code path}, one line each. */
  public static List<String> check(Path path) {
    if (!Files.isDirectory(path)) {
      throw new MissingIndexException(path);
    }
    try (FSDirectory directory = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new MissingIndexException(path);
      }
      return IndexCheck.problems(directory, path.toString());
    } catch (IOException e) {
      throw unreadable(path.toString(), e);
    }
  }

  /** The index directory at {@code path}: mapped if the index is large (see MAPPED_FROM_BYTES). */
  static FSDirectory directory(Path path) throws IOException {
    long size = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
      for (Path file : files) {
        try {
          size += Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (NoSuchFileException e) {
          // deleted meanwhile by a writer: not part of the index any more
        }
      }
    }
    return size < MAPPED_FROM_BYTES ? new NIOFSDirectory(path) : FSDirectory.open(path);
  }

  /** Any file but the lock, which a crash during the very first commit may leave behind. */
  private static boolean holdsFiles(Directory directory) throws IOException {
    return Arrays.stream(directory.listAll())
        .anyMatch(file -> !file.equals(IndexWriter.WRITE_LOCK_NAME));
  }

  /** The index on an open directory, which is closed if the index cannot be read. */
  private static IndexStore opened(Directory directory, String name, double ramBufferMB)
      throws IOException {
    try {
      return new IndexStore(directory, name, ramBufferMB);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** A new, empty index held in memory. */
  public static IndexStore inMemory() {
    try {
      Directory directory = new ByteBuffersDirectory();
      createEmpty(directory, "(memory)");
      return new IndexStore(directory, "(memory)", RAM_BUFFER_MB);
    } catch (IOException e) {
      throw new UncheckedIOException("an index in memory cannot fail to open", e);
    }
  }

  /** Reads the sources into the index in one commit. */
  public IndexingReport add(List<Source> sources, IndexingOptions options) {
    return inOneCommit(
        (writer, catalog) ->
            ParagraphFeed.addSources(new LuceneSink(writer), sources, options, catalog));
  }

  /** Reads the files found under the paths, then more sources, into the index in one commit. */
  public IndexingReport addPaths(List<Path> paths, List<Source> more, IndexingOptions options) {
    return inOneCommit(
        (writer, catalog) ->
            ParagraphFeed.addPaths(new LuceneSink(writer), paths, more, options, catalog));
  }

  /** Removes every paragraph of the named sources in one commit, or nothing. */
  public RemovalReport remove(List<String> sources) {
    return inOneCommit((writer, catalog) -> SourceRemover.remove(writer, sources, catalog));
  }

  /** What the last commit holds. */
  public IndexStats stats() {
    return onLatest(
        "reading",
        searcher -> IndexStatsCounter.count((DirectoryReader) searcher.getIndexReader()));
  }

  /** The records of the sources the last commit holds, by name. */
  public List<SourceRecord> sources() {
    return onLatest("reading", searcher -> catalogOf(searcher).all().stream().toList());
  }

  /** The catalog of the commit a searcher reads. */
  static SourceCatalog catalogOf(IndexSearcher searcher) throws IOException {
    return SourceCatalog.decode(
        ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData());
  }

  /** Hands every paragraph of the last commit to a sink, source by source. */
  public IndexingReport copyTo(ParagraphSink sink, IndexingListener listener) {
    return onLatest("copying", searcher -> IndexExport.copy(searcher, sink, listener));
  }

  /** A read of the index through a searcher. */
  @FunctionalInterface
  public interface Read<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs a read on a searcher of the last commit, whoever made it. A searcher never sees a commit
   * half-written, since Lucene publishes a commit by one rename of its segments file.
   */
  public <T> T onLatest(String doing, Read<T> read) {
    ensureOpen();
    try {
      IndexSearcher searcher = searchers.acquireLatest();
      try {
        return read.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (AlreadyClosedException e) {
      ensureOpen(); // closed by another thread meanwhile
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(
          doing + " the index " + name + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs a read that returns a stream on a searcher of the last commit, kept until the stream is
   * closed (a searcher released early would let a merge delete the files the stream reads).
   */
  public <T> Stream<T> streamOnLatest(String doing, Read<Stream<T>> read) {
    ensureOpen();
    IndexSearcher searcher;
    try {
      searcher = searchers.acquireLatest();
    } catch (IOException e) {
      throw new UncheckedIOException(
          doing + " the index " + name + " failed: " + e.getMessage(), e);
    }
    Runnable release =
        () -> {
          try {
            searchers.release(searcher);
          } catch (IOException e) {
            throw new UncheckedIOException(
                doing + " the index " + name + " failed: " + e.getMessage(), e);
          }
        };
    try {
      return read.apply(searcher).onClose(release);
    } catch (IOException e) {
      release.run();
      throw new UncheckedIOException(
          doing + " the index " + name + " failed: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      release.run();
      throw e;
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new ParagrapheException("the index " + name + " is closed");
    }
  }

  /**
   * Closes the searchers and the directory; using the index afterwards throws a {@link
   * ParagrapheException}.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      searchers.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A change to the index made through a writer, which updates the catalog of the sources to match;
   * committed by {@link #inOneCommit}.
   */
  @FunctionalInterface
  private interface Change<T> {
    T apply(IndexWriter writer, SourceCatalog catalog) throws IOException;
  }

  /**
   * Applies a change and commits it, or rolls it all back on any failure: Lucene commits are
   * atomic, so the index on disk is always the last commit, whatever happens to this process. A
   * failure of the writer (a full disk) is an {@link IndexWriteException}; a failure of the input
   * passes as it is.
   */
  private synchronized <T> T inOneCommit(Change<T> change) {
    ensureOpen();
    IndexWriter writer;
    try {
      writer = openWriter();
    } catch (IOException e) {
      throw writeFailed(e);
    }
    T result;
    try {
      SourceCatalog catalog = SourceCatalog.decode(userData(writer));
      result = change.apply(writer, catalog);
      commit(writer, catalog);
    } catch (Throwable failure) {
      // A writer that failed writing closes itself; other threads then see it closed: the first
      // failure counts.
      Throwable tragic = writer.getTragicException();
      rollBack(writer, failure);
      if (tragic instanceof IOException e) {
        throw writeFailed(e);
      }
      if (failure instanceof IOException e) {
        throw writeFailed(e);
      }
      if (failure instanceof Error e) {
        throw e;
      }
      throw (RuntimeException) failure;
    }
    closeMerged(writer);
    try {
      searchers.refreshNow();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index " + name + " failed: " + e.getMessage(), e);
    }
    return result;
  }

  private IndexWriteException writeFailed(IOException e) {
    return new IndexWriteException(name, TextFiles.reason(e), e);
  }

  /**
   * Rolls back, then removes the files the failed change wrote, which would otherwise fill the
   * disk.
   */
  private void rollBack(IndexWriter writer, Throwable failure) {
    try {
      writer.rollback();
      removeUncommittedFiles();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * A new writer deletes, as it opens, every index file that the last commit does not reference.
   */
  private void removeUncommittedFiles() throws IOException {
    new IndexWriter(directory, writerConfig()).rollback();
  }

  /**
   * After a commit, lets the merges that the commit started finish and commits them, as closing a
   * plain writer does: rolled back, they would be lost, and many small changes would pile up small
   * segments. The change is committed already: if merging fails, the merge is rolled back, and a
   * later change merges again.
   */
  private void closeMerged(IndexWriter writer) {
    try {
      writer.close();
    } catch (IOException | RuntimeException e) {
      rollBack(writer, e);
    }
  }

  private IndexWriter openWriter() throws IOException {
    try {
      return new IndexWriter(directory, writerConfig());
    } catch (LockObtainFailedException e) {
      throw new IndexBusyException(name, e);
    }
  }

  /**
   * Closing commits (the merges after a change's commit: see closeMerged); a failed change is
   * rolled back.
   */
  private IndexWriterConfig writerConfig() {
    IndexWriterConfig config =
        new IndexWriterConfig(new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX));
    config.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
    config.setRAMBufferSizeMB(ramBufferMB);
    config.setCodec(SmallBlockCodec.INSTANCE);
    return config;
  }

  /** The user data of the commit the writer opened. */
  private static Map<String, String> userData(IndexWriter writer) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    return data;
  }

  private static void commit(IndexWriter writer, SourceCatalog catalog) throws IOException {
    writer.setLiveCommitData(
        Map.of(FORMAT_KEY, FORMAT, ANALYSIS_KEY, ANALYSIS, SourceCatalog.KEY, catalog.encode())
            .entrySet());
    writer.commit();
  }

  private static void createEmpty(Directory directory, String name) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      commit(writer, new SourceCatalog());
    } catch (LockObtainFailedException e) {
      throw new IndexBusyException(name, e);
    }
  }

  static void checkFormat(Directory directory, String name) throws IOException {
    Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
    String format = userData.get(FORMAT_KEY);
    if (format == null) {
      throw new ForeignIndexException(
          name + " is a Lucene index, but not one written by paragraphe", null);
    }
    if (!FORMAT.equals(format)) {
      throw new ForeignIndexException(
          name
              + " was written in paragraphe index format "
              + format
              + "; this version reads format "
              + FORMAT
              + ": index the sources again into a new directory",
          null);
    }
    String analysis = userData.get(ANALYSIS_KEY);
    if (!ANALYSIS.equals(analysis)) {
      throw new ForeignIndexException(
          name
              + " was written with another analysis chain than this version's: index the sources again into a"
              + " new directory",
          null);
    }
  }

  private static ParagrapheException unreadable(String name, IOException e) {
    if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
      return new ForeignIndexException(name + " was " + IndexCheck.describe(e), e);
    }
    return new ParagrapheException(
        "the index " + name + " is damaged: " + IndexCheck.describe(e), e);
  }
}
