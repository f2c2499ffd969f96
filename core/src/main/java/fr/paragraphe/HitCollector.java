package fr.paragraphe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
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
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

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

  private final IndexSearcher searcher;
  private final StoredFields stored;
  /** The hash terms of each segment, made once per search and sought once per hit. */
  private List<TermsEnum> hashTerms;

  HitCollector(IndexSearcher searcher) throws IOException {
    this.searcher = searcher;
    this.stored = searcher.storedFields();
  }

  SearchResult search(String queryText, Query query, SearchOptions options) throws IOException {
    long total = searcher.count(query);
    MatchHighlighter highlighter = new MatchHighlighter(searcher, query);
    List<Hit> hits = new ArrayList<>();
    Set<String> keptHashes = new HashSet<>();
    int pageSize = options.collapseDuplicates() ? Math.max(2 * options.limit(), 20) : options.limit();
    FieldDoc after = null;
    while (hits.size() < options.limit()) {
      TopFieldDocs page = searcher.searchAfter(after, query, pageSize, BY_SCORE_THEN_READING_ORDER, false);
      for (ScoreDoc scoreDoc : page.scoreDocs) {
        // From doc values: a duplicate is skipped without decompressing its stored fields.
        String hash = ParagraphDocument.hashOf(searcher.getIndexReader(), scoreDoc.doc);
        if (!keptHashes.add(hash) && options.collapseDuplicates()) {
          continue;
        }
        Document doc = stored.document(scoreDoc.doc);
        List<ParagraphRef> duplicates = options.collapseDuplicates() ? duplicatesOf(hash, scoreDoc.doc) : List.of();
        String explanation = options.explain() ? ExplanationText.of(searcher.explain(query, scoreDoc.doc)) : null;
        hits.add(hit(doc, scoreOf(scoreDoc), highlighter.spans(scoreDoc.doc), duplicates, explanation));
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
  private List<ParagraphRef> duplicatesOf(String hash, int self) throws IOException {
    BytesRef hashTerm = ParagraphDocument.hashBytes(hash);
    // Most paragraphs have no duplicate: a sorted search of room for 1,001 hits cost more than the query itself.
    int copies = copiesAtMost(hashTerm);
    if (copies <= 1) {
      return List.of();
    }
    Query sameText = new TermQuery(new Term(ParagraphFields.HASH, hashTerm));
    List<ParagraphRef> duplicates = new ArrayList<>();
    for (ScoreDoc other :
        searcher.search(sameText, Math.min(copies, MAX_DUPLICATES_LISTED + 1), READING_ORDER).scoreDocs) {
      if (other.doc != self && duplicates.size() < MAX_DUPLICATES_LISTED) {
        // The sort values are the reference: no stored fields to read.
        Object[] sortValues = ((FieldDoc) other).fields;
        duplicates.add(new ParagraphRef(((BytesRef) sortValues[0]).utf8ToString(), (Integer) sortValues[1]));
      }
    }
    return List.copyOf(duplicates);
  }

  /** Paragraphs with this hash, counting removed ones not yet purged: at least the live ones, and cheap. */
  private int copiesAtMost(BytesRef hash) throws IOException {
    if (hashTerms == null) {
      hashTerms = new ArrayList<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(ParagraphFields.HASH);
        if (terms != null) {
          hashTerms.add(terms.iterator());
        }
      }
    }
    int copies = 0;
    for (TermsEnum terms : hashTerms) {
      if (terms.seekExact(hash)) {
        copies += terms.docFreq();
      }
    }
    return copies;
  }

  /** The score is the first sort value: asking the search to fill in scores would score the hits again. */
  private static float scoreOf(ScoreDoc hit) {
    return (Float) ((FieldDoc) hit).fields[0];
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
