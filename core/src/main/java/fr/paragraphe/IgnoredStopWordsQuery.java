package fr.paragraphe;

import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A parsed query that remembers the stop words the parser left out of its bare words, so that the query shown
 * to users ({@link #toString(String)}, as in {@code --explain}) says they were ignored: Lucene's own text of
 * {@code +rive +gauch +tigr} would not. It rewrites to the query it holds, so matching, scoring, counting and
 * highlighting are exactly that query's.
 */
final class IgnoredStopWordsQuery extends Query {
  private final Query query;
  private final List<String> ignored;

  IgnoredStopWordsQuery(Query query, List<String> ignored) {
    this.query = Objects.requireNonNull(query, "query");
    this.ignored = List.copyOf(ignored);
  }

  Query query() {
    return query;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return query;
  }

  @Override
  public String toString(String field) {
    return query.toString(field) + "  (stop words ignored: " + String.join(" ", ignored) + ")";
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && query.equals(((IgnoredStopWordsQuery) other).query)
        && ignored.equals(((IgnoredStopWordsQuery) other).ignored);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), query, ignored);
  }
}
