package fr.paragraphe.query;

import fr.paragraphe.QuerySyntaxException;
import fr.paragraphe.analysis.AnalyzedToken;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import fr.paragraphe.query.ParsedQuery.StopWord;
import fr.paragraphe.query.QueryLexer.Kind;
import fr.paragraphe.query.QueryLexer.Token;
import fr.paragraphe.query.QueryNode.AllParagraphs;
import fr.paragraphe.query.QueryNode.Bool;
import fr.paragraphe.query.QueryNode.Clause;
import fr.paragraphe.query.QueryNode.Occur;
import fr.paragraphe.query.QueryNode.Phrase;
import fr.paragraphe.query.QueryNode.Prefix;
import fr.paragraphe.query.QueryNode.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;

/**
 * Turns the query syntax into a {@link ParsedQuery}.
 *
 * <p>Syntax: bare words are all required ({@code Mossoul Irak}); {@code "..."} is an exact phrase
 * (every word counts, stop words included) and {@code "..."~N} lets its words move N positions;
 * {@code « »} and {@code “ ”} quote too; {@code AND}, {@code OR}, {@code NOT} (upper case only,
 * since {@code et} and {@code ou} are French words), {@code +word} and {@code -word}; parentheses;
 * {@code word*} for a prefix. {@code NOT} binds tighter than the implicit {@code AND}, which binds
 * tighter than {@code OR}. A bare word that is a stop word is ignored; a bare word that the
 * analysis cuts in several ({@code Etats-Unis}) is searched as a phrase.
 */
final class QueryParser {
  /** One parser for all: it holds only analyzers, which are thread-safe. */
  static final QueryParser SHARED = new QueryParser();

  private final FrenchParagraphAnalyzer words = new FrenchParagraphAnalyzer(Mode.WORDS);
  private final FrenchParagraphAnalyzer allWords = new FrenchParagraphAnalyzer(Mode.ALL_WORDS);
  private final FrenchParagraphAnalyzer exactPhrases =
      new FrenchParagraphAnalyzer(Mode.EXACT_PHRASE);
  private final PrefixStems prefixStems = new PrefixStems(allWords);

  private QueryParser() {}

  ParsedQuery literalPhrase(String text) {
    checkLength(text);
    Phrase phrase = phrase(exactPhrases, text, 0, 0, text.length());
    if (phrase == null) {
      throw new QuerySyntaxException(text, wholeOrFirst(text), "the phrase has no words to search");
    }
    return checkClauses(new ParsedQuery(text, phrase, List.of()));
  }

  ParsedQuery parse(String text) {
    checkLength(text);
    return checkClauses(new Run(text).parse());
  }

  private static void checkLength(String text) {
    if (text.length() > ParsedQuery.MAX_LENGTH) {
      throw new QuerySyntaxException(
          text,
          0,
          String.format(
              Locale.ROOT,
              "the query is %,d characters long; the limit is %,d",
              text.length(),
              ParsedQuery.MAX_LENGTH));
    }
  }

  /**
   * Each word, prefix and phrase counts as Lucene counts clauses ({@link
   * IndexSearcher#getMaxClauseCount()}, which keeps one query from using unbounded memory): a
   * phrase is one clause whatever its length, which the length limit bounds.
   */
  private static ParsedQuery checkClauses(ParsedQuery query) {
    if (clauses(query.root()) > IndexSearcher.getMaxClauseCount()) {
      throw new QuerySyntaxException(
          query.text(),
          0,
          String.format(
              Locale.ROOT,
              "the query has more than %,d words: search with fewer",
              IndexSearcher.getMaxClauseCount()));
    }
    return query;
  }

  private static int clauses(QueryNode node) {
    return switch (node) {
      case Bool bool -> bool.clauses().stream().mapToInt(clause -> clauses(clause.node())).sum();
      case Word word -> 1;
      case Phrase phrase -> 1;
      case Prefix prefix -> 1;
      case AllParagraphs all -> 1;
    };
  }

  /** Column 1, or 0 (the whole query) for an empty one, where there is no character to point at. */
  private static int wholeOrFirst(String text) {
    return text.isEmpty() ? 0 : 1;
  }

  /** The terms of a phrase and their positions, or null when the analysis leaves no term. */
  private static Phrase phrase(
      FrenchParagraphAnalyzer analyzer, String text, int slop, int start, int end) {
    List<AnalyzedToken> tokens = analyzer.analyze(text);
    if (tokens.isEmpty()) {
      return null;
    }
    return new Phrase(
        tokens.stream().map(AnalyzedToken::term).toList(),
        tokens.stream().map(AnalyzedToken::position).toList(),
        slop,
        start,
        end);
  }

  /**
   * A clause of a conjunction: its node (null when it was only stop words) and whether it is
   * negated.
   */
  private record Negatable(QueryNode node, boolean negated) {}

  /** One parse: the tokens and where we are in them. */
  private final class Run {
    private final String text;
    private final List<Token> tokens;
    private final List<StopWord> ignoredStopWords = new ArrayList<>();
    private int next;
    private int depth;

    Run(String text) {
      this.text = text;
      this.tokens = QueryLexer.tokens(text);
    }

    ParsedQuery parse() {
      if (tokens.isEmpty()) {
        throw new QuerySyntaxException(text, wholeOrFirst(text), "the query is empty");
      }
      QueryNode result = disjunction();
      if (next < tokens.size()) {
        throw error(peek(), "this ) has no ( before it");
      }
      if (result == null) {
        if (ignoredStopWords.isEmpty()) {
          throw new QuerySyntaxException(text, 1, "the query has no words to search");
        }
        List<String> named =
            ignoredStopWords.stream()
                .map(
                    w ->
                        w.word().equals(w.stopWord()) ? w.word() : w.stopWord() + " in " + w.word())
                .toList();
        throw new QuerySyntaxException(
            text,
            1,
            "the query has only stop words ("
                + String.join(", ", named)
                + "): put it in quotes to search them as a phrase");
      }
      return new ParsedQuery(text, result, ignoredStopWords);
    }

    private QueryNode disjunction() {
      int first = next;
      List<QueryNode> alternatives = new ArrayList<>();
      alternatives.add(conjunction());
      while (at(Kind.OR)) {
        Token or = tokens.get(next++);
        if (atEndOfGroup() || at(Kind.OR) || at(Kind.AND)) {
          throw error(or, or.text() + " has nothing after it");
        }
        alternatives.add(conjunction());
      }
      List<QueryNode> kept = alternatives.stream().filter(node -> node != null).toList();
      if (kept.size() <= 1) {
        return kept.isEmpty() ? null : kept.get(0);
      }
      return new Bool(
          kept.stream().map(node -> new Clause(Occur.SHOULD, node)).toList(),
          startOf(first),
          endOfLast());
    }

    private QueryNode conjunction() {
      int first = next;
      List<Negatable> clauses = new ArrayList<>();
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
        throw new QuerySyntaxException(
            text, text.length(), "the query ends where a word was expected");
      }
      return combine(clauses, startOf(first), endOfLast());
    }

    private QueryNode combine(List<Negatable> clauses, int start, int end) {
      List<Negatable> kept = clauses.stream().filter(c -> c.node() != null).toList();
      if (kept.isEmpty()) {
        return null;
      }
      if (kept.size() == 1 && !kept.get(0).negated()) {
        return kept.get(0).node();
      }
      List<Clause> and = new ArrayList<>();
      boolean positive = false;
      for (Negatable clause : kept) {
        and.add(new Clause(clause.negated() ? Occur.MUST_NOT : Occur.MUST, clause.node()));
        positive |= !clause.negated();
      }
      if (!positive) {
        // "NOT x" alone means every paragraph without x.
        and.add(new Clause(Occur.MUST, new AllParagraphs(start, end)));
      }
      return new Bool(and, start, end);
    }

    /** Signs and NOTs in a row in a loop, not by recursion: a query may hold thousands of them. */
    private Negatable unary() {
      Token token = tokens.get(next++);
      boolean negated = false;
      while (token.kind() == Kind.NOT || token.kind() == Kind.REQUIRED) {
        if (atEndOfGroup() || at(Kind.OR) || at(Kind.AND)) {
          throw error(token, token.text() + " has nothing after it");
        }
        negated ^= token.kind() == Kind.NOT;
        token = tokens.get(next++);
      }
      return new Negatable(operand(token), negated);
    }

    private QueryNode operand(Token token) {
      return switch (token.kind()) {
        case OPEN -> group(token);
        case WORD -> word(token);
        case PREFIX -> prefix(token);
        case PHRASE -> phrase(token);
        default -> throw error(token, token.text() + " has nothing before it");
      };
    }

    private QueryNode group(Token open) {
      if (at(Kind.CLOSE)) {
        throw error(open, "the parentheses are empty");
      }
      if (++depth > ParsedQuery.MAX_DEPTH) {
        throw error(open, "the query nests parentheses deeper than " + ParsedQuery.MAX_DEPTH);
      }
      QueryNode group = disjunction();
      if (!at(Kind.CLOSE)) {
        throw error(open, "this ( is never closed");
      }
      next++;
      depth--;
      return group;
    }

    private QueryNode word(Token token) {
      List<AnalyzedToken> all = allWords.analyze(token.text());
      if (all.size() > 1) {
        return QueryParser.phrase(exactPhrases, token.text(), 0, token.start(), token.end());
      }
      List<String> terms = words.terms(token.text());
      if (terms.isEmpty()) {
        if (!all.isEmpty()) {
          AnalyzedToken stopWord = all.get(0);
          ignoredStopWords.add(
              new StopWord(
                  token.text(),
                  token.text().substring(stopWord.startOffset(), stopWord.endOffset()),
                  token.start(),
                  token.end()));
        }
        return null;
      }
      return new Word(terms.get(0), token.start(), token.end());
    }

    private QueryNode prefix(Token token) {
      String prefix = allWords.normalize("", token.text()).utf8ToString();
      if (prefix.isEmpty()) {
        throw error(token, "* needs the beginning of a word before it");
      }
      // Indexed words are stems, and the light stemmer collapses doubled letters (Mossoul is
      // mosoul).
      String collapsed = prefix.replaceAll("(\\p{L})\\1+", "$1");
      List<String> starts = prefix.equals(collapsed) ? List.of(prefix) : List.of(prefix, collapsed);
      return new Prefix(
          prefix, starts, prefixStems.cutShorter(prefix, starts), token.start(), token.end());
    }

    private QueryNode phrase(Token token) {
      Phrase phrase =
          QueryParser.phrase(
              token.slop() == 0 ? exactPhrases : allWords,
              token.text(),
              token.slop(),
              token.start(),
              token.end());
      if (phrase == null) {
        throw error(token, "the phrase has no words to search");
      }
      return phrase;
    }

    private int startOf(int token) {
      return tokens.get(token).start();
    }

    private int endOfLast() {
      return tokens.get(next - 1).end();
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
      return new QuerySyntaxException(text, token.start() + 1, problem);
    }
  }
}
