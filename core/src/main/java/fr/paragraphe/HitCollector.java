package fr.paragraphe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.util.BytesRef;

/**
 * Runs a query on one searcher and turns the best documents into {@link Hit}s: ordered by score, then source
 * and paragraph (so that ties, such as verbatim duplicates, always come out in reading order), with
 * duplicates collapsed into the first of them when asked.
 */
final class HitCollector {
  /** The most duplicates listed under one hit; paragraphs repeated more often are rare and listing is cheap. */
  static final int MAX_DUPLICATES_LISTED = 1000;

  /** Stands for "no hash prefix in doc values" (an index written before them): read the stored hash. */
  private static final long NO_PREFIX = Long.MIN_VALUE;

  /**
   * Score, then reading order. The hash prefix never changes the order (source and paragraph are unique) but
   * comes back with each hit, so duplicates are recognised without reading stored fields.
   */
  private static final Sort BY_SCORE_THEN_READING_ORDER =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(ParagraphFields.SOURCE, SortField.Type.STRING),
          new SortField(ParagraphFields.PARAGRAPH, SortField.Type.INT),
          hashPrefixSortField());
  private static final Sort READING_ORDER =
      new Sort(
          new SortField(ParagraphFields.SOURCE, SortField.Type.STRING),
          new SortField(ParagraphFields.PARAGRAPH, SortField.Type.INT));

  private static final Set<String> HASH_FIELD = Set.of(ParagraphFields.HASH);

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
    // Hashes of the hits kept, by prefix: equal prefixes are duplicates once the full hashes agree.
    Map<Long, Set<String>> keptHashes = new HashMap<>();
    int pageSize = options.collapseDuplicates() ? Math.max(2 * options.limit(), 20) : options.limit();
    FieldDoc after = null;
    while (hits.size() < options.limit()) {
      TopFieldDocs page = searcher.searchAfter(after, query, pageSize, BY_SCORE_THEN_READING_ORDER, true);
      for (ScoreDoc scoreDoc : page.scoreDocs) {
        FieldDoc candidate = (FieldDoc) scoreDoc;
        if (options.collapseDuplicates() && duplicateOfKept(candidate, keptHashes)) {
          continue;
        }
        Document doc = stored.document(candidate.doc);
        String hash = doc.get(ParagraphFields.HASH);
        keptHashes.computeIfAbsent(ParagraphDocument.hashPrefix(hash), p -> new HashSet<>()).add(hash);
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
    // Most paragraphs have no duplicate, and counting a term costs nothing: a sorted search of room for 1,001
    // hits cost more than the query itself.
    int copies = searcher.count(sameText);
    if (copies <= 1) {
      return List.of();
    }
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

  /**
   * Whether a hit has the text of a hit already kept. Stored fields are the costly part to read: the hash prefix
   * comes with the hit, and only a likely duplicate (or a hit of an index without prefixes) has its hash read.
   */
  private boolean duplicateOfKept(FieldDoc hit, Map<Long, Set<String>> keptHashes) throws IOException {
    long prefix = (Long) hit.fields[3];
    String hash = null;
    if (prefix == NO_PREFIX) {
      hash = hashOf(hit.doc);
      prefix = ParagraphDocument.hashPrefix(hash);
    }
    Set<String> kept = keptHashes.get(prefix);
    return kept != null && kept.contains(hash != null ? hash : hashOf(hit.doc));
  }

  private static SortField hashPrefixSortField() {
    SortField prefix = new SortField(ParagraphDocument.HASH_PREFIX, SortField.Type.LONG);
    prefix.setMissingValue(NO_PREFIX);
    return prefix;
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
