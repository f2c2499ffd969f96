package fr.paragraphe.query;

import fr.paragraphe.QuerySyntaxException;
import java.util.List;

/**
 * A query of the query syntax, parsed and analysed once, independent of the engine that runs it.
 *
 * @param text the query as typed
 * @param root what it searches
 * @param ignoredStopWords the stop words typed as bare words, which the search leaves out, in order
 */
public record ParsedQuery(String text, QueryNode root, List<StopWord> ignoredStopWords) {
  /**
   * The longest query, in characters. Typed queries are far shorter; a longer one is a pasted
   * document, whose parsing and phrase matching would cost more than a search should.
   */
  public static final int MAX_LENGTH = 4_000;

  /** The deepest nesting of parentheses: far beyond what anyone types, and within any stack. */
  public static final int MAX_DEPTH = 100;

  /**
   * A bare word left out of the search because it is a stop word.
   *
   * @param word the word as typed ({@code C++})
   * @param stopWord the part of it that is a stop word ({@code C})
   */
  public record StopWord(String word, String stopWord, int start, int end) {}

  public ParsedQuery {
    ignoredStopWords = List.copyOf(ignoredStopWords);
  }

  /**
   * Parses a query: phrases, slop, AND/OR/NOT, +/-, parentheses, prefix{@code *}.
   *
   * @throws QuerySyntaxException if the query is malformed, or beyond a limit: longer than {@link
   *     #MAX_LENGTH} characters, more than {@link
   *     org.apache.lucene.search.IndexSearcher#getMaxClauseCount()} words, parentheses deeper than
   *     {@link #MAX_DEPTH}
   */
  public static ParsedQuery parse(String text) {
    return QueryParser.SHARED.parse(text);
  }

  /**
   * The whole text as one exact phrase, with no syntax.
   *
   * @throws QuerySyntaxException if it has no words, or is longer than {@link #MAX_LENGTH}
   */
  public static ParsedQuery parsePhrase(String text) {
    return QueryParser.SHARED.literalPhrase(text);
  }
}
