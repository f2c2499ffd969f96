package fr.paragraphe.search;

import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import fr.paragraphe.query.ParsedQuery;
import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/**
 * Internal: not part of the API; used by ParagraphIndex.
 *
 * <p>Runs a parsed query on a searcher of the index: rendered for Lucene, counted, its best
 * paragraphs collected with duplicates collapsed and matches highlighted.
 */
public final class Searching {
  private Searching() {}

  public static SearchResult run(IndexSearcher searcher, ParsedQuery query, SearchOptions options)
      throws IOException {
    return new HitCollector(searcher)
        .search(
            query.text(),
            LuceneQuery.of(query),
            SearchedAs.text(query),
            options,
            FormCheck.of(query, options.exactness()));
  }
}
