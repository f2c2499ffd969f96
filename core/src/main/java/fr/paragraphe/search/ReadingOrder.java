package fr.paragraphe.search;

import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntroSorter;

/**
 * Every paragraph a weight matches, in reading order (source as Lucene sorts it, then paragraph
 * number), as 12 bytes each: its document and a key of source rank and number. Segments need not
 * hold sources in order (a source indexed again lands in a new one), hence the sort; a million
 * matches take 12 MB, their texts are read later, one paragraph at a time.
 */
final class ReadingOrder {
  private final List<String> sources;
  private long[] keys = new long[64];
  private int[] docs = new int[64];
  private int size;

  private ReadingOrder(List<String> sources) {
    this.sources = sources;
  }

  static ReadingOrder of(IndexSearcher searcher, Weight weight) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    TreeSet<BytesRef> names = new TreeSet<>();
    for (LeafReaderContext leaf : leaves) {
      TermsEnum values = DocValues.getSorted(leaf.reader(), ParagraphFields.SOURCE).termsEnum();
      for (BytesRef name = values.next(); name != null; name = values.next()) {
        names.add(BytesRef.deepCopyOf(name));
      }
    }
    List<BytesRef> ranked = new ArrayList<>(names);
    ReadingOrder order = new ReadingOrder(ranked.stream().map(BytesRef::utf8ToString).toList());
    for (LeafReaderContext leaf : leaves) {
      order.collect(leaf, weight, ranked);
    }
    order.sort();
    return order;
  }

  private void collect(LeafReaderContext leaf, Weight weight, List<BytesRef> ranked)
      throws IOException {
    Scorer scorer = weight.scorer(leaf);
    if (scorer == null) {
      return;
    }
    SortedDocValues names = DocValues.getSorted(leaf.reader(), ParagraphFields.SOURCE);
    int[] rankOfOrd = new int[names.getValueCount()];
    for (int ord = 0; ord < rankOfOrd.length; ord++) {
      rankOfOrd[ord] = Collections.binarySearch(ranked, names.lookupOrd(ord));
    }
    NumericDocValues numbers = DocValues.getNumeric(leaf.reader(), ParagraphFields.PARAGRAPH);
    Bits live = leaf.reader().getLiveDocs();
    DocIdSetIterator matches = scorer.iterator();
    for (int doc = matches.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = matches.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      if (!names.advanceExact(doc) || !numbers.advanceExact(doc)) {
        throw new IllegalStateException(
            "paragraph without source or number: document " + (leaf.docBase + doc));
      }
      add(
          ((long) rankOfOrd[names.ordValue()] << 32) | (numbers.longValue() & 0xFFFFFFFFL),
          leaf.docBase + doc);
    }
  }

  private void add(long key, int doc) {
    if (size == keys.length) {
      keys = ArrayUtil.grow(keys, size + 1);
      docs = ArrayUtil.growExact(docs, keys.length);
    }
    keys[size] = key;
    docs[size] = doc;
    size++;
  }

  private void sort() {
    for (int i = 1; i < size; i++) {
      if (keys[i - 1] > keys[i]) {
        new Sorter().sort(0, size);
        return;
      }
    }
  }

  int size() {
    return size;
  }

  int doc(int i) {
    return docs[i];
  }

  String source(int i) {
    return sources.get((int) (keys[i] >>> 32));
  }

  int paragraph(int i) {
    return (int) keys[i];
  }

  /** Sorts keys and documents together. */
  private final class Sorter extends IntroSorter {
    private long pivot;

    @Override
    protected void swap(int i, int j) {
      long key = keys[i];
      keys[i] = keys[j];
      keys[j] = key;
      int doc = docs[i];
      docs[i] = docs[j];
      docs[j] = doc;
    }

    @Override
    protected int compare(int i, int j) {
      return Long.compare(keys[i], keys[j]);
    }

    @Override
    protected void setPivot(int i) {
      pivot = keys[i];
    }

    @Override
    protected int comparePivot(int j) {
      return Long.compare(pivot, keys[j]);
    }
  }
}
