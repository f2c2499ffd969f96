package fr.paragraphe.search;

import fr.paragraphe.SearchResult;
import fr.paragraphe.query.ParsedQuery;
import fr.paragraphe.query.ParsedQuery.StopWord;
import fr.paragraphe.query.QueryNode;
import fr.paragraphe.query.QueryNode.AllParagraphs;
import fr.paragraphe.query.QueryNode.Bool;
import fr.paragraphe.query.QueryNode.Clause;
import fr.paragraphe.query.QueryNode.Phrase;
import fr.paragraphe.query.QueryNode.Prefix;
import fr.paragraphe.query.QueryNode.Word;
import java.util.stream.Collectors;

/**
 * The query as searched, for people ({@code query --explain}, {@link SearchResult#parsedQuery()}):
 * the terms the analysis made, in Lucene's notation ({@code +rive +gauch +tigr}, {@code "de_la
 * la_coal"}, {@code "kurd coal"~3}, {@code mossou*}), then the stop words left out of bare words.
 */
final class SearchedAs {
  private SearchedAs() {}

  static String text(ParsedQuery query) {
    String searched = text(query.root());
    return query.ignoredStopWords().isEmpty()
        ? searched
        : searched
            + "  (stop words ignored: "
            + query.ignoredStopWords().stream().map(StopWord::word).collect(Collectors.joining(" "))
            + ")";
  }

  private static String text(QueryNode node) {
    return switch (node) {
      case Word word -> word.term();
      case Phrase phrase -> phrase(phrase);
      case Prefix prefix -> prefix.prefix() + "*";
      case AllParagraphs all -> "*:*";
      case Bool bool -> {
        StringBuilder text = new StringBuilder();
        for (Clause clause : bool.clauses()) {
          if (!text.isEmpty()) {
            text.append(' ');
          }
          text.append(
              switch (clause.occur()) {
                case MUST -> "+";
                case SHOULD -> "";
                case MUST_NOT -> "-";
              });
          String inner = text(clause.node());
          text.append(clause.node() instanceof Bool ? "(" + inner + ")" : inner);
        }
        yield text.toString();
      }
    };
  }

  /**
   * Words in their positions, {@code ?} where one was left out; the slop after it when there is
   * one.
   */
  private static String phrase(Phrase phrase) {
    if (phrase.terms().size() == 1) {
      return phrase.terms().get(0);
    }
    int last = phrase.positions().get(phrase.positions().size() - 1);
    String[] pieces = new String[last + 1];
    for (int i = 0; i < phrase.terms().size(); i++) {
      int position = phrase.positions().get(i);
      pieces[position] =
          pieces[position] == null
              ? phrase.terms().get(i)
              : pieces[position] + "|" + phrase.terms().get(i);
    }
    StringBuilder text = new StringBuilder("\"");
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(pieces[i] == null ? "?" : pieces[i]);
    }
    text.append('"');
    return phrase.slop() == 0 ? text.toString() : text.append('~').append(phrase.slop()).toString();
  }
}
