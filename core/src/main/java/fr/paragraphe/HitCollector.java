package fr.paragraphe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Runs a query on one searcher and turns the best documents into {@link Hit}s: ordered by score, then source
 * and paragraph (so that ties, such as verbatim duplicates, always come out in reading order), with
 * duplicates collapsed into the first of them when asked.
 */
final class HitCollector {
  /** The most duplicates listed under one hit; paragraphs repeated more often are rare and listing is cheap. */
  static final int MAX_DUPLICATES_LISTED = 1000;

  private static final Sort BY_SCORE_THEN_READING_ORDER =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(ParagraphFields.SOURCE, SortField.Type.STRING),
          new SortField(ParagraphFields.PARAGRAPH, SortField.Type.INT));
  private static final Sort READING_ORDER =
      new Sort(
          new SortField(ParagraphFields.SOURCE, SortField.Type.STRING),
          new SortField(ParagraphFields.PARAGRAPH, SortField.Type.INT));

  private static final Set<String> HASH_FIELD = Set.of(ParagraphFields.HASH);
  private static final Set<String> REF_FIELDS = Set.of(ParagraphFields.SOURCE, ParagraphFields.PARAGRAPH);

  private final IndexSearcher searcher;
  private final StoredFields stored;

  HitCollector(IndexSearcher searcher) throws IOException {
    this.searcher = searcher;
    this.stored = searcher.storedFields();
  }

  SearchResult search(String queryText, Query query, SearchOptions options) throws IOException {
    long total = searcher.count(query);
    MatchHighlighter highlighter = new MatchHighlighter(searcher, query);
    List<Hit> hits = new ArrayList<>();
    Set<String> seenHashes = new HashSet<>();
    int pageSize = options.collapseDuplicates() ? Math.max(2 * options.limit(), 20) : options.limit();
    FieldDoc after = null;
    while (hits.size() < options.limit()) {
      TopFieldDocs page = searcher.searchAfter(after, query, pageSize, BY_SCORE_THEN_READING_ORDER, true);
      for (ScoreDoc scoreDoc : page.scoreDocs) {
        // Stored texts are the costly part to read: look at the hash alone until the paragraph is shown.
        if (options.collapseDuplicates() && !seenHashes.add(hashOf(scoreDoc.doc))) {
          continue;
        }
        Document doc = stored.document(scoreDoc.doc);
        List<ParagraphRef> duplicates = options.collapseDuplicates() ? duplicatesOf(doc, scoreDoc.doc) : List.of();
        String explanation = options.explain() ? ExplanationText.of(searcher.explain(query, scoreDoc.doc)) : null;
        hits.add(hit(doc, scoreDoc.score, highlighter.spans(scoreDoc.doc), duplicates, explanation));
        if (hits.size() == options.limit()) {
          break;
        }
      }
      if (page.scoreDocs.length < pageSize) {
        break;
      }
      after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
    }
    // The text field is the only one searched: leaving its name out keeps the shown query short.
    return new SearchResult(queryText, total, List.copyOf(hits), query.toString(ParagraphFields.TEXT));
  }

  /** Every other paragraph with the same normalised text: they match whatever query this one matches. */
  private List<ParagraphRef> duplicatesOf(Document doc, int self) throws IOException {
    Query sameText = new TermQuery(new Term(ParagraphFields.HASH, doc.get(ParagraphFields.HASH)));
    List<ParagraphRef> duplicates = new ArrayList<>();
    for (ScoreDoc other : searcher.search(sameText, MAX_DUPLICATES_LISTED + 1, READING_ORDER).scoreDocs) {
      if (other.doc != self && duplicates.size() < MAX_DUPLICATES_LISTED) {
        duplicates.add(refOf(stored.document(other.doc, REF_FIELDS)));
      }
    }
    return List.copyOf(duplicates);
  }

  private String hashOf(int doc) throws IOException {
    return stored.document(doc, HASH_FIELD).get(ParagraphFields.HASH);
  }

  private static Hit hit(
      Document doc, float score, List<Span> spans, List<ParagraphRef> duplicates, String explanation) {
    ParagraphRef ref = refOf(doc);
    return new Hit(
        ref.source(),
        ref.paragraph(),
        doc.get(ParagraphFields.SECTION),
        score,
        doc.get(ParagraphFields.TEXT),
        List.copyOf(spans),
        duplicates,
        explanation);
  }

  private static ParagraphRef refOf(Document doc) {
    return new ParagraphRef(
        doc.get(ParagraphFields.SOURCE), doc.getField(ParagraphFields.PARAGRAPH).numericValue().intValue());
  }
}
