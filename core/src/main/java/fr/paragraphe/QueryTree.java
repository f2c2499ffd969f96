package fr.paragraphe;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query of the query syntax once parsed and analysed, independent of the engine that runs it: what a copy of
 * the index elsewhere (an OpenSearch cluster) needs to answer exactly as the embedded index does. Its terms are
 * those of the {@link ParagraphFields#TEXT} field, already analysed: they are to be matched as they are.
 */
public sealed interface QueryTree {

  /** Paragraphs holding this indexed term. */
  record Word(String term) implements QueryTree {}

  /**
   * Paragraphs holding these terms at consecutive positions, or within {@code slop} moves of that (Lucene's
   * sloppy phrase: words may also swap, at a cost of 2).
   */
  record Phrase(List<String> terms, int slop) implements QueryTree {
    public Phrase {
      terms = List.copyOf(terms);
    }
  }

  /**
   * Paragraphs holding an indexed word that starts with one of {@code starts}, pairs of common words (holding
   * {@link fr.paragraphe.analysis.FrenchParagraphAnalyzer#PAIR_SEPARATOR}) excepted.
   */
  record Prefix(List<String> starts) implements QueryTree {
    public Prefix {
      starts = List.copyOf(starts);
    }
  }

  /** Every paragraph. */
  record AllParagraphs() implements QueryTree {}

  /**
   * Paragraphs matching every {@code must} and no {@code mustNot}, and at least one {@code should} when there is
   * no {@code must} (as Lucene's and OpenSearch's boolean queries).
   */
  record Bool(List<QueryTree> must, List<QueryTree> should, List<QueryTree> mustNot) implements QueryTree {
    public Bool {
      must = List.copyOf(must);
      should = List.copyOf(should);
      mustNot = List.copyOf(mustNot);
    }
  }

  /**
   * Parses a query of the syntax {@link ParagraphIndex#search} takes.
   *
   * @throws QuerySyntaxException as {@link ParagraphIndex#search} does (the limit on prefix expansion excepted,
   *     which depends on an index)
   */
  static QueryTree parse(String query) {
    return checked(query, of(QueryParser.SHARED.parse(query)));
  }

  /** The whole text as one exact phrase, as {@link ParagraphIndex#searchPhrase} takes it. */
  static QueryTree parsePhrase(String phrase) {
    return checked(phrase, of(QueryParser.SHARED.literalPhrase(phrase)));
  }

  /** The number of terms and prefixes in the tree: what {@link IndexSearcher#getMaxClauseCount()} bounds. */
  default int clauses() {
    return switch (this) {
      case Word word -> 1;
      case Phrase phrase -> phrase.terms().size();
      case Prefix prefix -> 1;
      case AllParagraphs all -> 1;
      case Bool bool ->
          Stream.of(bool.must(), bool.should(), bool.mustNot())
              .flatMap(List::stream)
              .mapToInt(QueryTree::clauses)
              .sum();
    };
  }

  private static QueryTree checked(String text, QueryTree tree) {
    if (tree.clauses() > IndexSearcher.getMaxClauseCount()) {
      throw QueryParser.tooManyClauses(text);
    }
    return tree;
  }

  private static QueryTree of(Query query) {
    return switch (query) {
      case IgnoredStopWordsQuery ignored -> of(ignored.query());
      case TermQuery term -> new Word(term.getTerm().text());
      case PhraseQuery phrase -> phrase(phrase);
      case StemPrefixQuery prefix -> new Prefix(prefix.starts());
      case MatchAllDocsQuery all -> new AllParagraphs();
      case BooleanQuery bool -> bool(bool);
      default -> throw new IllegalStateException("no tree for " + query.getClass().getName() + ": " + query);
    };
  }

  private static Phrase phrase(PhraseQuery phrase) {
    int[] positions = phrase.getPositions();
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] != positions[0] + i) {
        throw new IllegalStateException("a phrase with gaps between its words: " + phrase);
      }
    }
    return new Phrase(List.of(phrase.getTerms()).stream().map(Term::text).toList(), phrase.getSlop());
  }

  private static Bool bool(BooleanQuery bool) {
    if (bool.getMinimumNumberShouldMatch() > 1) {
      throw new IllegalStateException("a minimum of clauses that should match: " + bool);
    }
    List<QueryTree> must = new ArrayList<>();
    List<QueryTree> should = new ArrayList<>();
    List<QueryTree> mustNot = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      QueryTree tree = of(clause.query());
      switch (clause.occur()) {
        case MUST, FILTER -> must.add(tree);
        case SHOULD -> should.add(tree);
        case MUST_NOT -> mustNot.add(tree);
      }
    }
    return new Bool(must, should, mustNot);
  }

}
