package fr.paragraphe.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's size and modification time, taken now: how an indexing run tells an unchanged file
 * without reading it.
 */
record FileState(long size, long modified, long seenAt) {
  /**
   * The coarsest clock of a file system in use (FAT: 2 s): a file modified less than this before
   * its state was taken may change again without its time changing, as git's "racy" files do.
   */
  static final long CLOCK_TICK_MILLIS = 2000;

  static FileState of(Path path) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    return new FileState(
        attributes.size(), attributes.lastModifiedTime().toMillis(), System.currentTimeMillis());
  }

  /** Whether size and time alone show the file unchanged since {@code recorded}. */
  boolean sameAs(SourceRecord recorded) {
    return recorded.size() == size
        && recorded.modified() == modified
        && recorded.modified() < recorded.seenAt() - CLOCK_TICK_MILLIS;
  }

  /** The SHA-256 of the file's bytes, in hex. */
  static String contentHash(Path path) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
