package fr.paragraphe.query;

import fr.paragraphe.QuerySyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the text of a query into {@link QueryLexer.Token}s, each with its span, for {@link
 * QueryParser}.
 */
final class QueryLexer {

  enum Kind {
    OPEN,
    CLOSE,
    AND,
    OR,
    NOT,
    REQUIRED,
    WORD,
    PREFIX,
    PHRASE
  }

  /**
   * @param text a word, a prefix without its {@code *}, or the inside of a phrase
   * @param slop for a phrase, the {@code ~N} after it (0 when absent)
   * @param start 0-based offset of the token in the query
   * @param end 0-based offset just after the token
   */
  record Token(Kind kind, String text, int slop, int start, int end) {}

  /** Quotes that open a phrase, and the quotes that may close each. */
  private static final String OPENING_QUOTES = "\"“«";

  private final String query;
  private int at;

  private QueryLexer(String query) {
    this.query = query;
  }

  static List<Token> tokens(String query) {
    return new QueryLexer(query).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (at < query.length() && Character.isWhitespace(query.charAt(at))) {
        at++;
      }
      if (at == query.length()) {
        return tokens;
      }
      char c = query.charAt(at);
      if (c == '(' || c == ')') {
        tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), 0, at, ++at));
      } else if (OPENING_QUOTES.indexOf(c) >= 0) {
        tokens.add(phrase());
      } else if ((c == '-' || c == '+') && startsTerm(at + 1)) {
        tokens.add(new Token(c == '-' ? Kind.NOT : Kind.REQUIRED, String.valueOf(c), 0, at, ++at));
      } else {
        tokens.add(word());
      }
    }
  }

  private boolean startsTerm(int i) {
    return i < query.length() && !Character.isWhitespace(query.charAt(i)) && query.charAt(i) != ')';
  }

  private Token phrase() {
    int start = at;
    char open = query.charAt(at);
    String closers =
        switch (open) {
          case '“' -> "”\"";
          case '«' -> "»\"";
          default -> "\"";
        };
    int end = at + 1;
    while (end < query.length() && closers.indexOf(query.charAt(end)) < 0) {
      end++;
    }
    if (end == query.length()) {
      throw error(start, "the quote " + open + " is never closed");
    }
    String inside = query.substring(start + 1, end);
    at = end + 1;
    int slop = 0;
    if (at < query.length() && query.charAt(at) == '~') {
      int digits = at + 1;
      while (digits < query.length() && Character.isDigit(query.charAt(digits))) {
        digits++;
      }
      if (digits == at + 1 || digits - at > 4) {
        throw error(at, "~ after a phrase takes a number of words from 0 to 999");
      }
      slop = Integer.parseInt(query.substring(at + 1, digits));
      at = digits;
    }
    return new Token(Kind.PHRASE, inside, slop, start, at);
  }

  private Token word() {
    int start = at;
    while (at < query.length()) {
      char c = query.charAt(at);
      if (Character.isWhitespace(c) || c == '(' || c == ')' || OPENING_QUOTES.indexOf(c) >= 0) {
        break;
      }
      at++;
    }
    String word = query.substring(start, at);
    switch (word) {
      case "AND", "&&" -> {
        return new Token(Kind.AND, word, 0, start, at);
      }
      case "OR", "||" -> {
        return new Token(Kind.OR, word, 0, start, at);
      }
      case "NOT" -> {
        return new Token(Kind.NOT, word, 0, start, at);
      }
      default -> {}
    }
    int star = word.indexOf('*');
    if (star < 0) {
      return new Token(Kind.WORD, word, 0, start, at);
    }
    if (star != word.length() - 1) {
      throw error(start + star, "* is only allowed at the end of a word");
    }
    if (star == 0) {
      throw error(start, "* needs the beginning of a word before it");
    }
    return new Token(Kind.PREFIX, word.substring(0, star), 0, start, at);
  }

  private QuerySyntaxException error(int offset, String problem) {
    return new QuerySyntaxException(query, offset + 1, problem);
  }
}
