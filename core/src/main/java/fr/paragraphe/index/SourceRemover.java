package fr.paragraphe.index;

import fr.paragraphe.RemovalReport;
import fr.paragraphe.Source;
import fr.paragraphe.UnknownSourceException;
import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Deletes every paragraph of whole sources through an open writer, all or nothing: it deletes only
 * once every name has been found. The caller commits, or rolls back.
 */
final class SourceRemover {
  private SourceRemover() {}

  /**
   * @throws UnknownSourceException for the first name that has no paragraph, before deleting
   *     anything
   */
  static RemovalReport remove(IndexWriter writer, List<String> names) throws IOException {
    Map<String, Long> found = new LinkedHashMap<>();
    // A reader on the writer counts what the writer itself would delete: the index as it is now,
    // under its lock.
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String name : names) {
        String source = Source.nameOf(Path.of(name));
        long paragraphs = searcher.count(new TermQuery(sourceTerm(source)));
        if (paragraphs == 0) {
          throw new UnknownSourceException(source);
        }
        found.put(source, paragraphs);
      }
    }
    for (String source : found.keySet()) {
      writer.deleteDocuments(sourceTerm(source));
    }
    return new RemovalReport(found);
  }

  private static Term sourceTerm(String source) {
    return new Term(ParagraphFields.SOURCE, source);
  }
}
