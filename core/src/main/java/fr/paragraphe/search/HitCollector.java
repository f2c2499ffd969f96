package fr.paragraphe.search;

import fr.paragraphe.Hit;
import fr.paragraphe.ParagraphRef;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import fr.paragraphe.Span;
import fr.paragraphe.index.ParagraphDocument;
import fr.paragraphe.spi.ExplanationText;
import fr.paragraphe.spi.IndexedParagraph;
import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Runs a query on one searcher and turns the best documents into {@link Hit}s: ordered by score,
 * then source and paragraph (so that ties, such as verbatim duplicates, always come out in reading
 * order), with duplicates collapsed into the first of them when asked.
 */
final class HitCollector {
  private static final Sort BY_SCORE_THEN_READING_ORDER =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(ParagraphFields.SOURCE, SortField.Type.STRING),
          new SortField(ParagraphFields.PARAGRAPH, SortField.Type.INT));

  /**
   * Matches counted before the search may skip those that cannot make the page (Lucene's default),
   * when the total is known otherwise.
   */
  private static final int SKIP_AFTER = 1000;

  private static final Set<String> TEXT_ONLY = Set.of(ParagraphFields.TEXT);

  private final IndexSearcher searcher;
  private final StoredFields stored;
  private final Duplicates duplicates;

  HitCollector(IndexSearcher searcher) throws IOException {
    this.searcher = searcher;
    this.stored = searcher.storedFields();
    this.duplicates = new Duplicates(searcher.getIndexReader());
  }

  /**
   * The best hits of {@code query}; with a {@code check}, only the paragraphs holding a match that
   * passes it, all of them read to count them.
   */
  SearchResult search(
      String queryText, Query query, String searchedAs, SearchOptions options, FormCheck check)
      throws IOException {
    Query rewritten = searcher.rewrite(query);
    Weight matching = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
    MatchHighlighter highlighter = new MatchHighlighter(searcher, matching, check);
    long quickTotal = check == null ? quickCount(matching) : checkedCount(matching, highlighter);
    List<Hit> hits = new ArrayList<>();
    Set<Long> keptHashes = new HashSet<>();
    // Never more than the index holds: a collector allocates its whole page up front (limit may be
    // huge).
    long wanted =
        options.collapseDuplicates() ? Math.max(2L * options.limit(), 20) : options.limit();
    int pageSize = (int) Math.min(wanted, Math.max(1, searcher.getIndexReader().maxDoc()));
    long total = quickTotal;
    FieldDoc after = null;
    while (hits.size() < options.limit()) {
      // Without a quick count (phrases), the first page counts every match as it goes: one pass,
      // not two.
      int countUpTo = after == null && quickTotal < 0 ? Integer.MAX_VALUE : SKIP_AFTER;
      TopFieldDocs page =
          searcher.search(
              rewritten,
              new TopFieldCollectorManager(
                  BY_SCORE_THEN_READING_ORDER, pageSize, after, countUpTo));
      if (total < 0) {
        total = page.totalHits.value();
      }
      for (ScoreDoc scoreDoc : page.scoreDocs) {
        Document doc = stored.document(scoreDoc.doc);
        String text = doc.get(ParagraphFields.TEXT);
        List<Span> spans = highlighter.spans(scoreDoc.doc, text);
        if (check != null && spans.isEmpty()) {
          continue; // no match in the form typed
        }
        List<ParagraphRef> copies = List.of();
        if (options.collapseDuplicates()) {
          // From the text just read: the index keeps the hash only as a term, to find copies.
          long hash = IndexedParagraph.hashNumber(text);
          if (!keptHashes.add(hash)) {
            continue;
          }
          copies = duplicates.of(hash, scoreDoc.doc);
        }
        String explanation =
            options.explain() ? ExplanationText.of(searcher.explain(query, scoreDoc.doc)) : null;
        hits.add(hit((FieldDoc) scoreDoc, doc, spans, copies, explanation));
        if (hits.size() == options.limit()) {
          break;
        }
      }
      if (page.scoreDocs.length < pageSize) {
        break;
      }
      after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
    }
    return new SearchResult(queryText, total, List.copyOf(hits), searchedAs);
  }

  /**
   * The number of matching paragraphs with a match that passes the highlighter's check: each one
   * read and analysed, which is what an exact total costs.
   */
  private long checkedCount(Weight weight, MatchHighlighter highlighter) throws IOException {
    long total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields leafStored = leaf.reader().storedFields();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String text = leafStored.document(doc, TEXT_ONLY).get(ParagraphFields.TEXT);
        if (!highlighter.spans(leaf.docBase + doc, text).isEmpty()) {
          total++;
        }
      }
    }
    return total;
  }

  /**
   * The number of matches when every segment knows it without looking at them (a word in a segment
   * without deletions: its document frequency), else -1.
   */
  private long quickCount(Weight weight) throws IOException {
    long total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int count = weight.count(leaf);
      if (count < 0) {
        return -1;
      }
      total += count;
    }
    return total;
  }

  /**
   * A hit from its sort values (score, source, number: doc values, so neither is stored) and the
   * stored section and text.
   */
  private static Hit hit(
      FieldDoc sorted,
      Document doc,
      List<Span> spans,
      List<ParagraphRef> duplicates,
      String explanation) {
    return new Hit(
        ((BytesRef) sorted.fields[1]).utf8ToString(),
        (Integer) sorted.fields[2],
        doc.get(ParagraphFields.SECTION),
        ParagraphDocument.pageOf(doc),
        (Float) sorted.fields[0],
        doc.get(ParagraphFields.TEXT),
        List.copyOf(spans),
        duplicates,
        explanation);
  }
}
