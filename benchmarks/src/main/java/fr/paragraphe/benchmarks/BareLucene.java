package fr.paragraphe.benchmarks;

import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * What a Lucene user would write by hand for paragraphe's work, over paragraphe's own text field
 * type.
 */
final class BareLucene {
  /** paragraphe's text field: stored, with positions (no offsets since index format 3). */
  static final FieldType TEXT_TYPE = ParagraphFields.TEXT_TYPE;

  private BareLucene() {}

  /**
   * The analysed words of {@code phrase} into a PhraseQuery on {@code text}, positions (stop-word
   * gaps) kept.
   */
  static PhraseQuery phraseQuery(Analyzer analyzer, String phrase) throws IOException {
    PhraseQuery.Builder builder = new PhraseQuery.Builder();
    try (TokenStream tokens = analyzer.tokenStream("text", phrase)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      int position = -1;
      while (tokens.incrementToken()) {
        position += increment.getPositionIncrement();
        builder.add(new Term("text", term.toString()), position);
      }
      tokens.end();
    }
    return builder.build();
  }

  /**
   * What bare and stock Lucene do for a phrase in the benchmarks: count every match, then read the
   * stored text of the top 10.
   */
  static long countAndTopTexts(IndexSearcher searcher, Analyzer analyzer, String phrase)
      throws IOException {
    PhraseQuery query = phraseQuery(analyzer, phrase);
    long count = searcher.count(query);
    TopDocs top = searcher.search(query, 10);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      count += stored.document(hit.doc).get("text").length() > 0 ? 0 : 1;
    }
    return count;
  }
}
