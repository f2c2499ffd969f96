package fr.paragraphe.search;

import fr.paragraphe.ParagraphRef;
import fr.paragraphe.index.ParagraphDocument;
import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The other paragraphs with a hit's text, in reading order, read straight from the postings of its
 * hash and the doc values of source and number. A sorted search per hit did the same at several
 * times the cost: it set up its comparators on every segment, and at a million paragraphs with many
 * repeated ones (Littré) that was a quarter of a phrase query. One instance serves one search: the
 * hash terms of each segment are opened once.
 */
final class Duplicates {
  /**
   * The most duplicates listed under one hit; paragraphs repeated more often are rare and listing
   * is cheap.
   */
  static final int MAX_LISTED = 1000;

  /** Reading order: source (as Lucene sorts it, by UTF-8 bytes), then paragraph number. */
  private static final Comparator<Copy> READING_ORDER =
      Comparator.comparing(Copy::source).thenComparingInt(Copy::paragraph);

  private record Copy(BytesRef source, int paragraph) {}

  private final IndexReader reader;
  private List<TermsEnum> hashTerms;

  Duplicates(IndexReader reader) {
    this.reader = reader;
  }

  /**
   * The other paragraphs whose hash is {@code hash}, in reading order, at most {@link #MAX_LISTED}.
   */
  List<ParagraphRef> of(long hash, int self) throws IOException {
    BytesRef term = ParagraphDocument.hashBytes(hash);
    List<TermsEnum> terms = hashTerms();
    // Document frequencies count removed paragraphs not yet purged: at least the live copies, and
    // free to read.
    int copiesAtMost = 0;
    List<LeafReaderContext> leaves = reader.leaves();
    List<LeafReaderContext> holding = new ArrayList<>();
    List<TermState> states = new ArrayList<>();
    for (int i = 0; i < leaves.size(); i++) {
      TermsEnum leafTerms = terms.get(i);
      if (leafTerms != null && leafTerms.seekExact(term)) {
        copiesAtMost += leafTerms.docFreq();
        holding.add(leaves.get(i));
        states.add(leafTerms.termState());
      }
    }
    if (copiesAtMost <= 1) {
      return List.of(); // most paragraphs
    }
    // The last of the first MAX_LISTED in reading order on top, so the queue never holds more than
    // that.
    PriorityQueue<Copy> first = new PriorityQueue<>(READING_ORDER.reversed());
    for (int i = 0; i < holding.size(); i++) {
      LeafReaderContext leaf = holding.get(i);
      TermsEnum leafTerms = terms.get(leaf.ord);
      leafTerms.seekExact(
          term, states.get(i)); // where the first seek found it, without looking again
      collect(leaf, leafTerms.postings(null, PostingsEnum.NONE), self, first);
    }
    List<Copy> copies = new ArrayList<>(first);
    copies.sort(READING_ORDER);
    return copies.stream()
        .map(copy -> new ParagraphRef(copy.source().utf8ToString(), copy.paragraph()))
        .toList();
  }

  private static void collect(
      LeafReaderContext leaf, PostingsEnum docs, int self, PriorityQueue<Copy> first)
      throws IOException {
    Bits live = leaf.reader().getLiveDocs();
    SortedDocValues sources = DocValues.getSorted(leaf.reader(), ParagraphFields.SOURCE);
    NumericDocValues numbers = DocValues.getNumeric(leaf.reader(), ParagraphFields.PARAGRAPH);
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if ((live != null && !live.get(doc)) || leaf.docBase + doc == self) {
        continue;
      }
      if (!sources.advanceExact(doc) || !numbers.advanceExact(doc)) {
        throw new IllegalStateException(
            "paragraph without source or number: document " + (leaf.docBase + doc));
      }
      first.add(
          new Copy(
              BytesRef.deepCopyOf(sources.lookupOrd(sources.ordValue())),
              (int) numbers.longValue()));
      if (first.size() > MAX_LISTED) {
        first.poll();
      }
    }
  }

  /** Per segment, its hash terms (null where it has none), opened at the first hit with copies. */
  private List<TermsEnum> hashTerms() throws IOException {
    if (hashTerms == null) {
      hashTerms = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(ParagraphFields.HASH);
        hashTerms.add(terms == null ? null : terms.iterator());
      }
    }
    return hashTerms;
  }
}
