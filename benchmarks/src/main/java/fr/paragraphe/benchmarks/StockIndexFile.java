package fr.paragraphe.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Stock Lucene indexing a text file as a new user would write it: one document per non-blank line,
 * {@code FrenchAnalyzer}, one stored {@code TextField}, default settings, one thread, one commit.
 * The baseline of {@code benchmarks/index-file}: {@code StockIndexFile FILE INDEX_DIR}.
 */
public final class StockIndexFile {
  private StockIndexFile() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    try (FSDirectory directory = FSDirectory.open(Path.of(args[1]));
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new FrenchAnalyzer()));
        BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          Document doc = new Document();
          doc.add(new TextField("text", line, Field.Store.YES));
          writer.addDocument(doc);
        }
      }
      writer.commit();
    }
  }
}
