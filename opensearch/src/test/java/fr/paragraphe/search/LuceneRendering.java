package fr.paragraphe.search;

import fr.paragraphe.query.ParsedQuery;
import org.apache.lucene.search.Query;

/**
 * The embedded index's Lucene rendering of a query, for this module's tests to compare with the
 * DSL.
 */
public final class LuceneRendering {
  private LuceneRendering() {}

  public static Query of(ParsedQuery query) {
    return LuceneQuery.of(query);
  }
}
