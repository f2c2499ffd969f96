package fr.paragraphe.index;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * Searchers on the last commit of an index, whoever made it: another process, or another instance
 * in this one, may have committed since the last read.
 *
 * <p>Looking for a newer commit the usual way lists the directory, a tenth of a short query's time.
 * A commit deletes the one before it (Lucene's default deletion policy, which every writer of ours
 * uses), so one lookup of the searched commit's file tells whether a newer one exists. The
 * directory is still listed at least once a second, for the rare commit whose writer died between
 * publishing it and deleting the previous one.
 */
final class LatestSearchers implements Closeable {
  private static final long FULL_CHECK_NANOS = 1_000_000_000L;

  private final Directory directory;
  private final SearcherManager searchers;
  private volatile long lastFullCheck = System.nanoTime();

  LatestSearchers(Directory directory) throws IOException {
    this.directory = directory;
    this.searchers = new SearcherManager(directory, null);
  }

  /** A searcher of the last commit, to {@link #release} after use. */
  IndexSearcher acquireLatest() throws IOException {
    long now = System.nanoTime();
    if (now - lastFullCheck > FULL_CHECK_NANOS || !searchedCommitExists()) {
      lastFullCheck = now;
      searchers.maybeRefresh();
    }
    return searchers.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** After a commit of this process: searches see it from now on. */
  void refreshNow() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  private boolean searchedCommitExists() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      if (!(searcher.getIndexReader() instanceof StandardDirectoryReader reader)) {
        return false;
      }
      directory.fileLength(reader.getSegmentInfos().getSegmentsFileName());
      return true;
    } catch (NoSuchFileException | FileNotFoundException e) {
      return false;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    searchers.close();
  }
}
