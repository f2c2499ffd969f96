package fr.paragraphe.spi;

/**
 * What an index knows of one source it holds: enough to list it, and to tell, without reading it
 * again, that its file has not changed since.
 *
 * @param source the source name
 * @param format {@link fr.paragraphe.Source#format()}
 * @param paragraphs how many paragraphs it gave
 * @param indexedAt when it was read, in milliseconds since the epoch
 * @param size the file's size in bytes, or -1 for a source that is not a file
 * @param modified the file's modification time in milliseconds, or -1
 * @param contentHash the SHA-256 of the file's bytes in hex, or empty
 * @param reading how it was read (paragraph mode, encoding): read otherwise, it counts as changed
 * @param seenAt when size and modification time were taken: a file modified as late as that may
 *     have changed again within the same tick of the clock, so it is compared by its hash
 */
public record SourceRecord(
    String source,
    String format,
    int paragraphs,
    long indexedAt,
    long size,
    long modified,
    String contentHash,
    String reading,
    long seenAt) {

  /** The same source seen again, unchanged, with another modification time. */
  SourceRecord seenAgain(long newModified, long newSeenAt) {
    return new SourceRecord(
        source, format, paragraphs, indexedAt, size, newModified, contentHash, reading, newSeenAt);
  }
}
