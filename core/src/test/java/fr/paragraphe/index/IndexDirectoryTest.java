package fr.paragraphe.index;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small index is read through file channels (no mapping to set up), a large one mapped. */
class IndexDirectoryTest {
  @TempDir Path work;

  @Test
  void aSmallIndexIsNotMapped() throws IOException {
    sparseFile("_0.cfs", IndexStore.MAPPED_FROM_BYTES - 1);
    try (FSDirectory directory = IndexStore.directory(work)) {
      assertInstanceOf(NIOFSDirectory.class, directory);
    }
  }

  @Test
  void aLargeIndexIsMapped() throws IOException {
    sparseFile("_0.cfs", IndexStore.MAPPED_FROM_BYTES / 2);
    sparseFile("_1.cfs", IndexStore.MAPPED_FROM_BYTES / 2);
    try (FSDirectory directory = IndexStore.directory(work)) {
      assertInstanceOf(MMapDirectory.class, directory);
    }
  }

  /** A file of that length that takes no room on disk. */
  private void sparseFile(String name, long length) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(work.resolve(name).toFile(), "rw")) {
      file.setLength(length);
    }
  }
}
