package fr.paragraphe.index;

import fr.paragraphe.IndexStats;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.spi.ParagraphFields;
import fr.paragraphe.spi.SourceCatalog;
import fr.paragraphe.spi.SourceRecord;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Computes {@link IndexStats} from one reader, by walking the terms of the source, hash and text
 * fields. Deleted paragraphs (a source indexed again, or removed) keep their terms until Lucene
 * merges their segment, so every count looks at live paragraphs only.
 */
final class IndexStatsCounter {
  private final DirectoryReader reader;
  private final Bits live;

  private IndexStatsCounter(DirectoryReader reader) {
    this.reader = reader;
    this.live = MultiBits.getLiveDocs(reader);
  }

  static IndexStats count(DirectoryReader reader) throws IOException {
    return new IndexStatsCounter(reader).count();
  }

  private IndexStats count() throws IOException {
    long sources = 0;
    for (TermsEnum terms = terms(ParagraphFields.SOURCE); terms.next() != null; ) {
      sources += liveCount(terms, 1);
    }
    long duplicateTexts = 0;
    long duplicateParagraphs = 0;
    for (TermsEnum terms = terms(ParagraphFields.HASH); terms.next() != null; ) {
      int paragraphs = liveCount(terms, Integer.MAX_VALUE);
      if (paragraphs > 1) {
        duplicateTexts++;
        duplicateParagraphs += paragraphs - 1;
      }
    }
    long words = 0;
    for (TermsEnum terms = terms(ParagraphFields.TEXT); terms.next() != null; ) {
      if (terms.term().utf8ToString().indexOf(FrenchParagraphAnalyzer.PAIR_SEPARATOR) < 0) {
        words += liveCount(terms, 1);
      }
    }
    IndexCommit commit = reader.getIndexCommit();
    long size = 0;
    for (String file : commit.getFileNames()) {
      size += reader.directory().fileLength(file);
    }
    String luceneVersion =
        SegmentInfos.readCommit(reader.directory(), commit.getSegmentsFileName())
            .getCommitLuceneVersion()
            .toString();
    return new IndexStats(
        Math.toIntExact(sources),
        reader.numDocs(),
        duplicateTexts,
        duplicateParagraphs,
        words,
        size,
        luceneVersion,
        commit.getUserData().get(IndexStore.ANALYSIS_KEY),
        byFormat(SourceCatalog.decode(commit.getUserData())));
  }

  private static Map<String, Integer> byFormat(SourceCatalog catalog) {
    Map<String, Integer> counts = new TreeMap<>();
    for (SourceRecord record : catalog.all()) {
      counts.merge(record.format(), 1, Integer::sum);
    }
    return counts;
  }

  /** The terms of a field over all segments; none for a field no paragraph has yet. */
  private TermsEnum terms(String field) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    return terms == null ? TermsEnum.EMPTY : terms.iterator();
  }

  /** How many live paragraphs hold the current term, counting no further than {@code atMost}. */
  private int liveCount(TermsEnum terms, int atMost) throws IOException {
    if (live == null) {
      return Math.min(terms.docFreq(), atMost);
    }
    PostingsEnum docs = terms.postings(null, PostingsEnum.NONE);
    int count = 0;
    for (int doc = docs.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS && count < atMost;
        doc = docs.nextDoc()) {
      if (live.get(doc)) {
        count++;
      }
    }
    return count;
  }
}
