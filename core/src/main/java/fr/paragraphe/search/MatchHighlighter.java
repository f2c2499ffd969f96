package fr.paragraphe.search;

import fr.paragraphe.Span;
import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Finds what matched in a hit with Lucene's Matches API: a phrase comes back as one span from its
 * first word to its last. The postings give the positions of a match; {@link WordOffsets} turns
 * them into places in the text by analysing it again, as far as the last match.
 */
final class MatchHighlighter {
  private record Match(int start, int end, Query query) {}

  private final IndexSearcher searcher;
  private final Weight weight;

  /** Highlights what {@code weight}, a weight of the searcher's (scores not needed), matches. */
  MatchHighlighter(IndexSearcher searcher, Weight weight) {
    this.searcher = searcher;
    this.weight = weight;
  }

  /** The matched spans of a document holding {@code text}, in order, overlapping ones merged. */
  List<Span> spans(int doc, String text) throws IOException {
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
    List<Match> found = new ArrayList<>();
    int last = -1;
    while (it.next()) {
      if (it.startPosition() >= 0) {
        found.add(new Match(it.startPosition(), it.endPosition(), it.getQuery()));
        last = Math.max(last, it.endPosition());
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    // One more position: a match that ends on a pair of common words ends with the next word.
    WordOffsets words = WordOffsets.of(text, last + 1);
    List<Span> spans = new ArrayList<>();
    for (Match match : found) {
      int end = endsOnPair(match, words) ? match.end() + 1 : match.end();
      if (end < words.count()) {
        spans.add(new Span(words.start(match.start()), words.end(end)));
      }
    }
    return merged(spans);
  }

  /**
   * Whether the last term of a match is the pair of common words indexed at its last position
   * ({@code de_la}, which covers the next word too) rather than the word alone.
   */
  private static boolean endsOnPair(Match match, WordOffsets words) {
    String pair = words.pairAt(match.end());
    if (pair == null) {
      return false;
    }
    if (match.query() instanceof TermQuery term) {
      return term.getTerm().text().equals(pair);
    }
    if (match.query() instanceof PhraseQuery phrase && phrase.getSlop() == 0) {
      return lastTerm(phrase).equals(pair);
    }
    return matchesTerm(match.query(), pair);
  }

  private static String lastTerm(PhraseQuery phrase) {
    int[] positions = phrase.getPositions();
    int last = 0;
    for (int i = 1; i < positions.length; i++) {
      if (positions[i] > positions[last]) {
        last = i;
      }
    }
    return phrase.getTerms()[last].text();
  }

  /** Whether {@code query} matches the term {@code text}: one of its terms, or its automaton's. */
  private static boolean matchesTerm(Query query, String text) {
    BytesRef bytes = new BytesRef(text);
    boolean[] found = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            for (Term term : terms) {
              found[0] |= term.bytes().equals(bytes);
            }
          }

          @Override
          public void consumeTermsMatching(
              Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
            found[0] |= automaton.get().run(bytes.bytes, bytes.offset, bytes.length);
          }
        });
    return found[0];
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
