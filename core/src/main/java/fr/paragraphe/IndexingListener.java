package fr.paragraphe;

/**
 * Hears what an indexing run does besides indexing: files it skips, warnings, progress. Called on
 * the indexing thread; keep it quick.
 */
public interface IndexingListener {
  /** Hears nothing. */
  IndexingListener NONE = new IndexingListener() {};

  /**
   * A file found in a directory was not indexed (empty, binary, unreadable...); the run goes on.
   */
  default void skipped(String source, String reason) {}

  /**
   * Something the user should know about a source that was indexed (such as the encoding it was
   * read with).
   */
  default void warning(String source, String message) {}

  /** Called after each source and every few thousand paragraphs. */
  default void progress(IndexingProgress progress) {}
}
