package fr.paragraphe.index;

import fr.paragraphe.RemovalReport;
import fr.paragraphe.Source;
import fr.paragraphe.UnknownSourceException;
import fr.paragraphe.spi.ParagraphFields;
import fr.paragraphe.spi.SourceCatalog;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  static RemovalReport remove(IndexWriter writer, List<String> names, SourceCatalog catalog)
      throws IOException {
    Map<String, Long> found = new LinkedHashMap<>();
    // A reader on the writer counts what the writer itself would delete: the index as it is now,
    // under its lock.
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String name : names) {
        String source = null;
        long paragraphs = 0;
        for (String spelling : spellings(name)) {
          paragraphs = searcher.count(new TermQuery(sourceTerm(spelling)));
          if (paragraphs > 0) {
            source = spelling;
            break;
          }
        }
        if (source == null) {
          throw new UnknownSourceException(normalised(name));
        }
        found.put(source, paragraphs);
      }
    }
    for (String source : found.keySet()) {
      writer.deleteDocuments(sourceTerm(source));
      catalog.remove(source);
    }
    return new RemovalReport(found);
  }

  /**
   * The names a source may go by: as typed; as a path normalised ({@code ./notes//a.txt} for a text
   * named {@code notes/a.txt}); as a file's source name, absolute ({@link Source#nameOf}).
   */
  private static Set<String> spellings(String name) {
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(name);
    try {
      spellings.add(normalised(name));
      spellings.add(Source.nameOf(Path.of(name)));
    } catch (InvalidPathException e) {
      // not a path: only the name as typed
    }
    return spellings;
  }

  private static String normalised(String name) {
    try {
      String path = Path.of(name).normalize().toString().replace('\\', '/');
      return path.isEmpty() ? "." : path;
    } catch (InvalidPathException e) {
      return name;
    }
  }

  private static Term sourceTerm(String source) {
    return new Term(ParagraphFields.SOURCE, source);
  }
}
