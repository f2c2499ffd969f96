package fr.paragraphe.search;

import fr.paragraphe.ConcordanceOptions;
import fr.paragraphe.Occurrence;
import fr.paragraphe.Span;
import fr.paragraphe.index.ParagraphDocument;
import fr.paragraphe.query.ParsedQuery;
import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Internal: not part of the API; used by ParagraphIndex.
 *
 * <p>Every occurrence of a query, in reading order: the matching paragraphs are found first (their
 * documents and keys only, see {@link ReadingOrder}), then read one at a time as the stream is
 * consumed, each match where {@link MatchHighlighter} puts it, so that a concordance holds what
 * highlighting marks, no more, no fewer.
 */
public final class Concordancing {
  private Concordancing() {}

  /** The occurrences, read lazily from {@code searcher}, which must stay open until the end. */
  public static Stream<Occurrence> stream(
      IndexSearcher searcher, ParsedQuery query, ConcordanceOptions options) throws IOException {
    Weight weight =
        searcher.createWeight(
            searcher.rewrite(LuceneQuery.of(query)), ScoreMode.COMPLETE_NO_SCORES, 1f);
    MatchHighlighter highlighter =
        new MatchHighlighter(searcher, weight, FormCheck.of(query, options.exactness()));
    Occurrences occurrences =
        new Occurrences(
            ReadingOrder.of(searcher, weight), searcher.storedFields(), highlighter, options);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(occurrences, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Reads the next matching paragraph whenever the occurrences of the last one are used up. */
  private static final class Occurrences implements Iterator<Occurrence> {
    private final ReadingOrder order;
    private final StoredFields stored;
    private final MatchHighlighter highlighter;
    private final int width;
    private final ArrayDeque<Occurrence> pending = new ArrayDeque<>();
    private int next;

    Occurrences(
        ReadingOrder order,
        StoredFields stored,
        MatchHighlighter highlighter,
        ConcordanceOptions options) {
      this.order = order;
      this.stored = stored;
      this.highlighter = highlighter;
      this.width = options.width();
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && next < order.size()) {
        try {
          read(next++);
        } catch (IOException e) {
          throw new UncheckedIOException("reading the index failed: " + e.getMessage(), e);
        }
      }
      return !pending.isEmpty();
    }

    @Override
    public Occurrence next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.poll();
    }

    private void read(int i) throws IOException {
      int doc = order.doc(i);
      Document document = stored.document(doc);
      String text = document.get(ParagraphFields.TEXT);
      String section = document.get(ParagraphFields.SECTION);
      int page = ParagraphDocument.pageOf(document);
      for (Span span : highlighter.spans(doc, text)) {
        pending.add(
            new Occurrence(
                order.source(i),
                order.paragraph(i),
                section,
                page,
                text.substring(span.start(), span.end()),
                span.start(),
                span.end(),
                text.substring(Contexts.leftStart(text, span.start(), width), span.start()),
                text.substring(span.end(), Contexts.rightEnd(text, span.end(), width))));
      }
    }
  }
}
