package fr.paragraphe.search;

import fr.paragraphe.QuerySyntaxException;
import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * Rewrites a {@code word*} query as Lucene does by default, once it has checked that the prefix
 * stands for at most {@link #MAX_TERMS} indexed words. Without this, {@code a*} on a large index
 * costs time in proportion to the whole vocabulary, and highlights half of every paragraph; a user
 * who types a few more letters gets an answer that means something.
 */
final class BoundedPrefixRewrite extends MultiTermQuery.RewriteMethod {
  /**
   * The most indexed words a prefix may stand for: far more than any real word family in French.
   */
  static final int MAX_TERMS = 10_000;

  private final String query;
  private final int column;
  private final String prefix;
  private final int maxTerms;

  /**
   * @param column 1-based position of the prefix in {@code query}, for the error
   */
  BoundedPrefixRewrite(String query, int column, String prefix, int maxTerms) {
    this.query = query;
    this.column = column;
    this.prefix = prefix;
    this.maxTerms = maxTerms;
  }

  @Override
  public Query rewrite(IndexSearcher searcher, MultiTermQuery prefixQuery) throws IOException {
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), prefixQuery.getField());
    if (terms != null) {
      TermsEnum words = prefixQuery.getTermsEnum(terms);
      int count = 0;
      while (words.next() != null) {
        if (++count > maxTerms) {
          throw new QuerySyntaxException(
              query,
              column,
              String.format(
                  Locale.ROOT,
                  "%s* stands for more than %,d words: type more letters before the *",
                  prefix,
                  maxTerms));
        }
      }
    }
    return MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE.rewrite(searcher, prefixQuery);
  }
}
