package fr.paragraphe.index;

import fr.paragraphe.IndexingListener;
import fr.paragraphe.IndexingProgress;
import fr.paragraphe.IndexingReport;
import fr.paragraphe.spi.IndexedParagraph;
import fr.paragraphe.spi.ParagraphFields;
import fr.paragraphe.spi.ParagraphSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Hands every paragraph of one searcher's view to a sink, source by source in name order and each
 * source's paragraphs in order, so that a copy elsewhere ends up with the same paragraphs under the
 * same ids.
 */
final class IndexExport {
  private static final int BATCH = 256;
  private static final Sort BY_PARAGRAPH =
      new Sort(new SortField(ParagraphFields.PARAGRAPH, SortField.Type.INT));

  private IndexExport() {}

  static IndexingReport copy(IndexSearcher searcher, ParagraphSink sink, IndexingListener listener)
      throws IOException {
    List<String> sources = sourceNames(searcher);
    StoredFields stored = searcher.storedFields();
    long paragraphs = 0;
    long characters = 0;
    int copied = 0;
    for (String source : sources) {
      Query ofSource = new TermQuery(new Term(ParagraphFields.SOURCE, source));
      int count = searcher.count(ofSource);
      if (count > 0) { // every paragraph of a removed source may still be in the terms
        sink.beginSource(source);
        List<IndexedParagraph> batch = new ArrayList<>(BATCH);
        int last = 0;
        for (ScoreDoc hit : searcher.search(ofSource, count, BY_PARAGRAPH).scoreDocs) {
          IndexedParagraph paragraph =
              ParagraphDocument.paragraphOf(
                  source, (Integer) ((FieldDoc) hit).fields[0], stored.document(hit.doc));
          batch.add(paragraph);
          last = paragraph.paragraph();
          characters += paragraph.text().length();
          if (batch.size() == BATCH) {
            sink.accept(List.copyOf(batch));
            batch.clear();
          }
        }
        sink.accept(List.copyOf(batch));
        sink.endSource(source, last);
        paragraphs += count;
        copied++;
      }
      listener.progress(new IndexingProgress(copied, sources.size(), paragraphs, 0, 0));
    }
    return new IndexingReport(copied, paragraphs, characters, 0);
  }

  private static List<String> sourceNames(IndexSearcher searcher) throws IOException {
    List<String> names = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), ParagraphFields.SOURCE);
    if (terms != null) {
      for (TermsEnum it = terms.iterator(); it.next() != null; ) {
        names.add(it.term().utf8ToString());
      }
    }
    return names;
  }
}
