package fr.paragraphe;

import fr.paragraphe.QueryLexer.Kind;
import fr.paragraphe.QueryLexer.Token;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * Turns the query syntax into a Lucene query over the paragraph text.
 *
 * <p>Syntax: bare words are all required ({@code Mossoul Irak}); {@code "..."} is an exact phrase (every word
 * counts, stop words included) and {@code "..."~N} lets its words move N positions; {@code « »} and {@code “ ”}
 * quote too; {@code AND}, {@code OR}, {@code NOT} (upper case only, since {@code et} and {@code ou} are French
 * words), {@code +word} and {@code -word}; parentheses; {@code word*} for a prefix. {@code NOT} binds tighter
 * than the implicit {@code AND}, which binds tighter than {@code OR}. A bare word that is a stop word is
 * ignored; a bare word that the analysis cuts in several ({@code Etats-Unis}) is searched as a phrase.
 */
final class QueryParser {
  /**
   * The longest query, in characters. Typed queries are far shorter; a longer one is a pasted document, whose
   * parsing and phrase matching would cost more than a search should.
   */
  static final int MAX_QUERY_LENGTH = 4_000;

  /** One parser for those who need no other: it holds only analyzers, which are thread-safe. */
  static final QueryParser SHARED = new QueryParser();

  private static final String FIELD = ParagraphFields.TEXT;

  private final FrenchParagraphAnalyzer wordsAnalyzer = new FrenchParagraphAnalyzer(Mode.WORDS);
  private final FrenchParagraphAnalyzer allWordsAnalyzer = new FrenchParagraphAnalyzer(Mode.ALL_WORDS);
  private final QueryBuilder exactPhrases = new QueryBuilder(new FrenchParagraphAnalyzer(Mode.EXACT_PHRASE));
  private final QueryBuilder sloppyPhrases = new QueryBuilder(allWordsAnalyzer);

  /** The whole text as one exact phrase, with no syntax. */
  Query literalPhrase(String text) {
    checkLength(text);
    Query query = exactPhrases.createPhraseQuery(FIELD, text);
    if (query == null) {
      throw new QuerySyntaxException(text, 1, "the phrase has no words to search");
    }
    return query;
  }

  Query parse(String query) {
    checkLength(query);
    return new Run(query).parse();
  }

  private static void checkLength(String query) {
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new QuerySyntaxException(
          query,
          0,
          String.format(
              Locale.ROOT,
              "the query is %,d characters long; the limit is %,d",
              query.length(),
              MAX_QUERY_LENGTH));
    }
  }

  /**
   * The error for a query that Lucene finds has more clauses than {@link IndexSearcher#getMaxClauseCount()}: each
   * word, prefix and phrase word counts, and that limit keeps one query from using unbounded memory.
   */
  static QuerySyntaxException tooManyClauses(String query) {
    return new QuerySyntaxException(
        query,
        0,
        String.format(
            Locale.ROOT,
            "the query has more than %,d words: search with fewer",
            IndexSearcher.getMaxClauseCount()));
  }

  /** A clause of a conjunction: its query (null when it was only stop words) and whether it is negated. */
  private record Clause(Query query, boolean negated) {}

  /** One parse: the tokens and where we are in them. */
  private final class Run {
    private final String query;
    private final List<Token> tokens;
    private final List<String> ignoredStopWords = new ArrayList<>();
    private int next;

    Run(String query) {
      this.query = query;
      this.tokens = QueryLexer.tokens(query);
    }

    Query parse() {
      if (tokens.isEmpty()) {
        throw new QuerySyntaxException(query, 1, "the query is empty");
      }
      Query result = disjunction();
      if (next < tokens.size()) {
        throw error(peek(), "this ) has no ( before it");
      }
      if (result == null) {
        throw new QuerySyntaxException(
            query,
            1,
            "the query has only stop words ("
                + String.join(", ", ignoredStopWords)
                + "): put it in quotes to search them as a phrase");
      }
      return ignoredStopWords.isEmpty() ? result : new IgnoredStopWordsQuery(result, ignoredStopWords);
    }

    private Query disjunction() {
      List<Query> alternatives = new ArrayList<>();
      alternatives.add(conjunction());
      while (at(Kind.OR)) {
        Token or = tokens.get(next++);
        if (atEndOfGroup() || at(Kind.OR) || at(Kind.AND)) {
          throw error(or, or.text() + " has nothing after it");
        }
        alternatives.add(conjunction());
      }
      List<Query> kept = alternatives.stream().filter(q -> q != null).toList();
      if (kept.size() <= 1) {
        return kept.isEmpty() ? null : kept.get(0);
      }
      BooleanQuery.Builder or = new BooleanQuery.Builder();
      kept.forEach(q -> or.add(q, Occur.SHOULD));
      return or.build();
    }

    private Query conjunction() {
      List<Clause> clauses = new ArrayList<>();
      while (!atEndOfGroup() && !at(Kind.OR)) {
        if (at(Kind.AND)) {
          Token and = tokens.get(next++);
          if (clauses.isEmpty()) {
            throw error(and, and.text() + " has nothing before it");
          }
          if (atEndOfGroup() || at(Kind.OR) || at(Kind.AND)) {
            throw error(and, and.text() + " has nothing after it");
          }
          continue;
        }
        clauses.add(unary());
      }
      if (clauses.isEmpty()) {
        if (next < tokens.size()) {
          throw error(peek(), peek().text() + " has nothing before it");
        }
        throw new QuerySyntaxException(query, query.length(), "the query ends where a word was expected");
      }
      return combine(clauses);
    }

    private Query combine(List<Clause> clauses) {
      List<Clause> kept = clauses.stream().filter(c -> c.query() != null).toList();
      if (kept.isEmpty()) {
        return null;
      }
      if (kept.size() == 1 && !kept.get(0).negated()) {
        return kept.get(0).query();
      }
      BooleanQuery.Builder and = new BooleanQuery.Builder();
      boolean positive = false;
      for (Clause clause : kept) {
        and.add(clause.query(), clause.negated() ? Occur.MUST_NOT : Occur.MUST);
        positive |= !clause.negated();
      }
      if (!positive) {
        // "NOT x" alone means every paragraph without x.
        and.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
      }
      return and.build();
    }

    private Clause unary() {
      Token token = tokens.get(next++);
      switch (token.kind()) {
        case NOT, REQUIRED -> {
          if (atEndOfGroup() || at(Kind.OR) || at(Kind.AND)) {
            throw error(token, token.text() + " has nothing after it");
          }
          Clause operand = unary();
          return new Clause(operand.query(), operand.negated() ^ token.kind() == Kind.NOT);
        }
        case OPEN -> {
          if (at(Kind.CLOSE)) {
            throw error(token, "the parentheses are empty");
          }
          Query group = disjunction();
          if (!at(Kind.CLOSE)) {
            throw error(token, "this ( is never closed");
          }
          next++;
          return new Clause(group, false);
        }
        case WORD -> {
          return new Clause(word(token), false);
        }
        case PREFIX -> {
          return new Clause(prefix(token), false);
        }
        case PHRASE -> {
          return new Clause(phrase(token), false);
        }
        default -> throw error(token, token.text() + " has nothing before it");
      }
    }

    private Query word(Token token) {
      if (allWordsAnalyzer.terms(token.text()).size() > 1) {
        return exactPhrases.createPhraseQuery(FIELD, token.text());
      }
      List<String> terms = wordsAnalyzer.terms(token.text());
      if (terms.isEmpty()) {
        if (!allWordsAnalyzer.terms(token.text()).isEmpty()) {
          ignoredStopWords.add(token.text());
        }
        return null;
      }
      return new TermQuery(new Term(FIELD, terms.get(0)));
    }

    /**
     * Indexed words are stems, and the light stemmer collapses doubled letters ({@code Mossoul} is {@code
     * mosoul}): the prefix matches stems starting with it as typed or with its doubled letters collapsed. The
     * pairs of common words ({@code mosoul_en}) are left out, or they would widen the highlights.
     */
    private Query prefix(Token token) {
      String prefix = allWordsAnalyzer.normalize(FIELD, token.text()).utf8ToString();
      if (prefix.isEmpty()) {
        throw error(token, "* needs the beginning of a word before it");
      }
      String collapsed = prefix.replaceAll("(\\p{L})\\1+", "$1");
      Automaton starts = Operations.union(List.of(Automata.makeString(prefix), Automata.makeString(collapsed)));
      Automaton rest =
          Operations.repeat(
              Operations.union(
                  List.of(
                      Automata.makeCharRange(0, FrenchParagraphAnalyzer.PAIR_SEPARATOR - 1),
                      Automata.makeCharRange(FrenchParagraphAnalyzer.PAIR_SEPARATOR + 1, Character.MAX_CODE_POINT))));
      Automaton words =
          Operations.determinize(
              Operations.concatenate(List.of(starts, rest)), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
      return new StemPrefixQuery(
          new Term(FIELD, prefix + "*"),
          prefix.equals(collapsed) ? List.of(prefix) : List.of(prefix, collapsed),
          words,
          new BoundedPrefixRewrite(query, token.start() + 1, token.text(), BoundedPrefixRewrite.MAX_TERMS));
    }

    private Query phrase(Token token) {
      Query phrase =
          token.slop() == 0
              ? exactPhrases.createPhraseQuery(FIELD, token.text())
              : sloppyPhrases.createPhraseQuery(FIELD, token.text(), token.slop());
      if (phrase == null) {
        throw error(token, "the phrase has no words to search");
      }
      return phrase;
    }

    private boolean at(Kind kind) {
      return next < tokens.size() && tokens.get(next).kind() == kind;
    }

    private boolean atEndOfGroup() {
      return next == tokens.size() || at(Kind.CLOSE);
    }

    private Token peek() {
      return tokens.get(next);
    }

    private QuerySyntaxException error(Token token, String problem) {
      return new QuerySyntaxException(query, token.start() + 1, problem);
    }
  }
}
