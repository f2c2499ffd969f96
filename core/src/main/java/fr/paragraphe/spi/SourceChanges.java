package fr.paragraphe.spi;

import fr.paragraphe.Source;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What an indexing run learns from, and writes to, the catalog of the sources an index holds: which
 * files are unchanged since they were indexed, and the record of each source indexed.
 */
final class SourceChanges {
  /** The catalog read and updated by the run; null when the sink keeps none. */
  private final SourceCatalog catalog;

  /** What to record of the source being read, once it is in; null when nothing is recorded. */
  private Pending pending;

  private int added;
  private int unchanged;

  SourceChanges(SourceCatalog catalog) {
    this.catalog = catalog;
  }

  int added() {
    return added;
  }

  int unchanged() {
    return unchanged;
  }

  /**
   * Whether the catalog shows the file unchanged since it was indexed, read the same way: by size
   * and time, or, where those cannot tell (same size, another time, or a time too close to when it
   * was seen), by the hash of its bytes. If it has changed, prepares its new record.
   *
   * @param reading how the file is read now (paragraph mode, encoding)
   * @return the state of an unchanged file (its size counts as done), else null
   */
  FileState unchanged(Source source, Path path, String reading) {
    pending = null;
    if (catalog == null) {
      return null;
    }
    try {
      FileState now = FileState.of(path);
      SourceRecord old = catalog.get(source.name());
      boolean comparable = old != null && old.reading().equals(reading) && old.size() == now.size();
      if (comparable && now.sameAs(old)) {
        unchanged++;
        return now;
      }
      String hash = FileState.contentHash(path);
      if (comparable && hash.equals(old.contentHash())) {
        catalog.put(old.seenAgain(now.modified(), now.seenAt()));
        unchanged++;
        return now;
      }
      pending = new Pending(source.format(), reading, now, hash);
    } catch (IOException e) {
      // reading the file reports it
    }
    return null;
  }

  /** A source that is not a file is about to be read: it is recorded without a file's state. */
  void readingText(Source source) {
    pending = catalog == null ? null : new Pending(source.format(), "text", null, "");
  }

  /** The source read last is in the sink, with so many paragraphs: its record replaces the old. */
  void indexed(String name, int paragraphs) {
    if (pending == null) {
      return;
    }
    if (catalog.get(name) == null) {
      added++;
    }
    catalog.put(pending.record(name, paragraphs));
    pending = null;
  }

  /** What a source's record will say, known before it is read. */
  private record Pending(String format, String reading, FileState state, String contentHash) {
    SourceRecord record(String name, int paragraphs) {
      return new SourceRecord(
          name,
          format,
          paragraphs,
          state == null ? System.currentTimeMillis() : state.seenAt(),
          state == null ? -1 : state.size(),
          state == null ? -1 : state.modified(),
          contentHash,
          reading,
          state == null ? -1 : state.seenAt());
    }
  }
}
