package fr.paragraphe;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.input.ParagraphMode;
import fr.paragraphe.input.ParagraphSplitter;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

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
 * <p>Each call to {@link #add} is one Lucene commit: either all of its sources are in the index afterwards,
 * each replacing its earlier version, or (on any failure, or if the process dies) the index is as it was.
 * Searches see the last commit. Searching is thread-safe; adding is serialised, and only one process at a
 * time may add to an index on disk.
 */
public final class ParagraphIndex implements Closeable {
  /** Marks a commit as ours, with the version of the document layout and analysis it was written with. */
  static final String FORMAT_KEY = "paragraphe.format";
  static final String FORMAT = "1";

  private final Directory directory;
  private final String name;
  private final QueryParser parser = new QueryParser();
  private final SearcherManager searchers;

  private ParagraphIndex(Directory directory, String name) throws IOException {
    this.directory = directory;
    this.name = name;
    this.searchers = new SearcherManager(directory, null);
  }

  /** Opens an existing index for searching and adding. */
  public static ParagraphIndex open(Path path) {
    if (!Files.isDirectory(path)) {
      throw new MissingIndexException(path);
    }
    try {
      FSDirectory directory = FSDirectory.open(path);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new MissingIndexException(path);
      }
      checkFormat(directory, path.toString());
      return new ParagraphIndex(directory, path.toString());
    } catch (IOException e) {
      throw unreadable(path.toString(), e);
    }
  }

  /** Opens the index at {@code path}, creating an empty one (and the directory) if there is none. */
  public static ParagraphIndex openOrCreate(Path path) {
    try {
      Files.createDirectories(path);
      FSDirectory directory = FSDirectory.open(path);
      if (DirectoryReader.indexExists(directory)) {
        checkFormat(directory, path.toString());
      } else {
        createEmpty(directory, path.toString());
      }
      return new ParagraphIndex(directory, path.toString());
    } catch (IOException e) {
      throw unreadable(path.toString(), e);
    }
  }

  /** A new, empty index held in memory, for tests and small embedded uses. */
  public static ParagraphIndex inMemory() {
    try {
      Directory directory = new ByteBuffersDirectory();
      createEmpty(directory, "(memory)");
      return new ParagraphIndex(directory, "(memory)");
    } catch (IOException e) {
      throw new UncheckedIOException("an index in memory cannot fail to open", e);
    }
  }

  /** {@link #add(List, ParagraphMode)} with the paragraph mode detected for each source. */
  public IndexingReport add(List<Source> sources) {
    return add(sources, ParagraphMode.AUTO);
  }

  /**
   * Indexes the sources in one commit, each replacing any earlier version of the same name.
   *
   * @throws InvalidInputException if a source cannot be read as UTF-8 text; nothing of this call is committed
   * @throws IndexBusyException if another writer holds the index
   */
  public synchronized IndexingReport add(List<Source> sources, ParagraphMode mode) {
    try (IndexWriter writer = openWriter()) {
      try {
        long paragraphs = 0;
        long characters = 0;
        for (Source source : sources) {
          writer.deleteDocuments(new Term(ParagraphDocument.SOURCE, source.name()));
          long[] counts = indexSource(writer, source, mode);
          paragraphs += counts[0];
          characters += counts[1];
        }
        commit(writer);
        searchers.maybeRefreshBlocking();
        return new IndexingReport(sources.size(), paragraphs, characters);
      } catch (Throwable failure) {
        writer.rollback();
        throw failure;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing the index " + name + " failed: " + e.getMessage(), e);
    }
  }

  /** Searches with the query syntax: phrases, slop, AND/OR/NOT, +/-, parentheses, prefix{@code *}. */
  public SearchResult search(String query, SearchOptions options) {
    return run(query, parser.parse(query), options);
  }

  /** Searches the whole text as one exact phrase, whatever characters it holds. */
  public SearchResult searchPhrase(String phrase, SearchOptions options) {
    return run(phrase, parser.literalPhrase(phrase), options);
  }

  private SearchResult run(String text, Query query, SearchOptions options) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return new HitCollector(searcher).search(text, query, options);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index " + name + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long[] indexSource(IndexWriter writer, Source source, ParagraphMode mode) throws IOException {
    long[] counts = new long[2];
    try {
      ParagraphMode resolved = mode;
      if (mode == ParagraphMode.AUTO) {
        try (BufferedReader text = source.opener().open()) {
          resolved = ParagraphSplitter.detect(text);
        }
      }
      try (BufferedReader text = source.opener().open()) {
        ParagraphSplitter.split(
            text,
            resolved,
            paragraph -> {
              writer.addDocument(ParagraphDocument.of(source.name(), paragraph));
              counts[0]++;
              counts[1] += paragraph.text().length();
            });
      }
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(source.name(), 0, "not valid UTF-8 text", e);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(source.name(), 0, "no such file", e);
    } catch (IOException e) {
      throw new InvalidInputException(source.name(), 0, "cannot be read: " + e.getMessage(), e);
    }
    return counts;
  }

  private IndexWriter openWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX));
    config.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
    // Larger than Lucene's 16 MB default: fewer, larger flushed segments index faster; still small next to a heap.
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(false);
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IndexBusyException(name, e);
    }
  }

  private static void commit(IndexWriter writer) throws IOException {
    writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
    writer.commit();
  }

  private static void createEmpty(Directory directory, String name) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      commit(writer);
    } catch (LockObtainFailedException e) {
      throw new IndexBusyException(name, e);
    }
  }

  private static void checkFormat(Directory directory, String name) throws IOException {
    Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
    String format = userData.get(FORMAT_KEY);
    if (format == null) {
      throw new ForeignIndexException(name + " is a Lucene index, but not one written by paragraphe", null);
    }
    if (!FORMAT.equals(format)) {
      throw new ForeignIndexException(
          name + " was written in paragraphe index format " + format + "; this version reads format " + FORMAT
              + ": index the sources again into a new directory", null);
    }
  }

  private static ParagrapheException unreadable(String name, IOException e) {
    if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
      return new ForeignIndexException(name + " was written by another Lucene version: " + e.getMessage(), e);
    }
    return new ParagrapheException("cannot open the index " + name + ": " + e.getMessage(), e);
  }
}
