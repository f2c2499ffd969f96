package fr.paragraphe.search;

import fr.paragraphe.Span;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.WordPositions;
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
 * first word to its last. The postings give the positions of a match; {@link WordPositions} turns
 * them into places in the text by analysing it again, as far as the last match.
 */
final class MatchHighlighter {
  private record Match(int start, int end, Query query) {}

  private static final String SEPARATOR = String.valueOf(FrenchParagraphAnalyzer.PAIR_SEPARATOR);

  private final IndexSearcher searcher;
  private final Weight weight;
  private final FormCheck check;

  /** Highlights what {@code weight}, a weight of the searcher's (scores not needed), matches. */
  MatchHighlighter(IndexSearcher searcher, Weight weight) {
    this(searcher, weight, null);
  }

  /** As above, keeping only the matches that pass {@code check} (null: all of them). */
  MatchHighlighter(IndexSearcher searcher, Weight weight, FormCheck check) {
    this.searcher = searcher;
    this.weight = weight;
    this.check = check;
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
    WordPositions words = WordPositions.of(text, last + 1);
    WordPositions withPairs = null; // only for queries whose last term is not known
    List<Span> spans = new ArrayList<>();
    for (Match match : found) {
      if (match.end() >= words.count()) {
        continue;
      }
      String lastTerm = lastTerm(match.query());
      boolean endsOnPair;
      if (lastTerm != null) {
        String word = text.substring(words.start(match.end()), words.end(match.end()));
        endsOnPair = separators(lastTerm) > separators(word);
      } else {
        if (withPairs == null) {
          withPairs = WordPositions.withPairs(text, last + 1);
        }
        String pair = withPairs.pairAt(match.end());
        endsOnPair = pair != null && matchesTerm(match.query(), pair);
      }
      int end = endsOnPair ? match.end() + 1 : match.end();
      if (end < words.count()
          && (check == null || check.accepts(text, words, match.start(), end))) {
        spans.add(new Span(words.start(match.start()), words.end(end)));
      }
    }
    return merged(spans);
  }

  /**
   * The term a match of {@code query} ends on, where the query says it: a word, or the last term of
   * an exact phrase; else null. A pair of common words ({@code de_la}) has one separator more than
   * the word it is indexed at (words may hold separators of their own: {@code de_la} typed as one
   * word).
   */
  private static String lastTerm(Query query) {
    if (query instanceof TermQuery term) {
      return term.getTerm().text();
    }
    if (query instanceof PhraseQuery phrase && phrase.getSlop() == 0) {
      int[] positions = phrase.getPositions();
      int last = 0;
      for (int i = 1; i < positions.length; i++) {
        if (positions[i] > positions[last]) {
          last = i;
        }
      }
      return phrase.getTerms()[last].text();
    }
    return null;
  }

  private static int separators(String text) {
    return text.length() - text.replace(SEPARATOR, "").length();
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
