package fr.paragraphe.search;

import fr.paragraphe.Span;
import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;

/**
 * Finds what matched in a hit with Lucene's Matches API, reading offsets from the postings: a
 * phrase comes back as one span from its first word to its last, and the text is never analysed
 * again (which keeps highlighting cheap on paragraphs of several megabytes).
 */
final class MatchHighlighter {
  private final IndexSearcher searcher;
  private final Weight weight;

  /** Highlights what {@code weight}, a weight of the searcher's (scores not needed), matches. */
  MatchHighlighter(IndexSearcher searcher, Weight weight) {
    this.searcher = searcher;
    this.weight = weight;
  }

  /** The matched spans of a document, in order, overlapping ones merged. */
  List<Span> spans(int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Matches matches = weight.matches(leaf, doc - leaf.docBase);
    if (matches == null) {
      return List.of();
    }
    MatchesIterator it = matches.getMatches(ParagraphFields.TEXT);
    if (it == null) {
      return List.of();
    }
    List<Span> found = new ArrayList<>();
    while (it.next()) {
      if (it.startOffset() >= 0) {
        found.add(new Span(it.startOffset(), it.endOffset()));
      }
    }
    return merged(found);
  }

  static List<Span> merged(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> merged = new ArrayList<>();
    for (Span span : sorted) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span.start() <= last.end()) {
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }
}
