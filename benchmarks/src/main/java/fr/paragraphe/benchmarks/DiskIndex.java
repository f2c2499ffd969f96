package fr.paragraphe.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** A plain Lucene index on disk, one document per paragraph, one thread, one commit. */
final class DiskIndex {
  /** The document of paragraph {@code number} (from 1) whose text is {@code text}. */
  interface Documents {
    Document of(int number, String text);
  }

  private DiskIndex() {}

  /**
   * Indexes the paragraphs into a new index at {@code path} and commits: the seconds it took. The
   * writer's buffer is paragraphe's (64 MB), so that both flush as often.
   */
  static double build(Path path, Analyzer analyzer, List<String> paragraphs, Documents documents)
      throws IOException {
    return build(path, analyzer, Codec.getDefault(), paragraphs, documents);
  }

  /** {@link #build(Path, Analyzer, List, Documents)} with another codec. */
  static double build(
      Path path, Analyzer analyzer, Codec codec, List<String> paragraphs, Documents documents)
      throws IOException {
    long start = System.nanoTime();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64).setCodec(codec);
    try (FSDirectory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, config)) {
      int number = 0;
      for (String paragraph : paragraphs) {
        writer.addDocument(documents.of(++number, paragraph));
      }
      writer.commit();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * Merges the index at {@code path} into one segment, kept out of a compound file: indexes then
   * differ by what they hold, not by how many segments they were flushed into. The commit's user
   * data (paragraphe's format) is kept.
   */
  static void forceMerge(Path path, Analyzer analyzer) throws IOException {
    forceMerge(path, analyzer, Codec.getDefault());
  }

  /** {@link #forceMerge(Path, Analyzer)}, the merged segment written by {@code codec}. */
  static void forceMerge(Path path, Analyzer analyzer, Codec codec) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
            .setCodec(codec);
    config.getMergePolicy().setNoCFSRatio(0.0);
    try (FSDirectory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, config)) {
      writer.forceMerge(1);
      writer.commit();
    }
  }

  static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
