package fr.paragraphe.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored fields written in small blocks are read back exactly by plain Lucene (its default codec,
 * as any tool would open the index), pass Lucene's own index check, and are cut finer than the
 * default codec cuts them (smaller blocks compress less).
 */
class SmallBlockCodecTest {
  @TempDir Path dir;

  @Test
  void plainLuceneReadsEveryTextBack() throws Exception {
    List<String> texts = texts();
    Path small = write(texts, SmallBlockCodec.INSTANCE, "small");
    Path standard = write(texts, Codec.getDefault(), "standard");
    try (Directory directory = FSDirectory.open(small);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < texts.size(); doc++) {
        assertEquals(texts.get(doc), stored.document(doc).get("text"), "document " + doc);
      }
      try (CheckIndex check = new CheckIndex(directory)) {
        assertTrue(check.checkIndex().clean);
      }
    }
    assertTrue(
        storedBytes(small) > storedBytes(standard) * 1.05,
        storedBytes(small) + " bytes against " + storedBytes(standard));
  }

  private static List<String> texts() {
    Random random = new Random(11);
    String[] words = "la rive gauche du Tigre les combattants kurdes État islamique".split(" ");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = 5 + random.nextInt(60); n > 0; n--) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(100)).append(' ');
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private Path write(List<String> texts, Codec codec, String name) throws Exception {
    Path path = dir.resolve(name);
    IndexWriterConfig config = new IndexWriterConfig().setCodec(codec).setUseCompoundFile(false);
    try (Directory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (String text : texts) {
        Document doc = new Document();
        doc.add(new StoredField("text", text));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    return path;
  }

  private static long storedBytes(Path path) throws Exception {
    long bytes = 0;
    try (var files = Files.list(path)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".fdt")).toList()) {
        bytes += Files.size(file);
      }
    }
    return bytes;
  }
}
