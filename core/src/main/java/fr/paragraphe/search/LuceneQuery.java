package fr.paragraphe.search;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.query.ParsedQuery;
import fr.paragraphe.query.QueryNode;
import fr.paragraphe.query.QueryNode.AllParagraphs;
import fr.paragraphe.query.QueryNode.Bool;
import fr.paragraphe.query.QueryNode.Clause;
import fr.paragraphe.query.QueryNode.Phrase;
import fr.paragraphe.query.QueryNode.Prefix;
import fr.paragraphe.query.QueryNode.Word;
import fr.paragraphe.spi.ParagraphFields;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * Renders a parsed query as the Lucene query that the embedded index runs over the paragraph text.
 * Recursion follows the parentheses only, which the parser bounds.
 */
final class LuceneQuery {
  private static final String FIELD = ParagraphFields.TEXT;

  private LuceneQuery() {}

  static Query of(ParsedQuery query) {
    return of(query.root(), query.text());
  }

  private static Query of(QueryNode node, String text) {
    return switch (node) {
      case Word word -> new TermQuery(new Term(FIELD, word.term()));
      case Phrase phrase -> phrase(phrase);
      case Prefix prefix -> prefix(prefix, text);
      case AllParagraphs all -> MatchAllDocsQuery.INSTANCE;
      case Bool bool -> {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (Clause clause : bool.clauses()) {
          builder.add(of(clause.node(), text), occur(clause.occur()));
        }
        yield builder.build();
      }
    };
  }

  private static BooleanClause.Occur occur(QueryNode.Occur occur) {
    return switch (occur) {
      case MUST -> BooleanClause.Occur.MUST;
      case SHOULD -> BooleanClause.Occur.SHOULD;
      case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
    };
  }

  /** As Lucene's own query builder makes it: one term is a term query. */
  private static Query phrase(Phrase phrase) {
    if (phrase.terms().size() == 1) {
      return new TermQuery(new Term(FIELD, phrase.terms().get(0)));
    }
    PhraseQuery.Builder builder = new PhraseQuery.Builder();
    builder.setSlop(phrase.slop());
    for (int i = 0; i < phrase.terms().size(); i++) {
      builder.add(new Term(FIELD, phrase.terms().get(i)), phrase.positions().get(i));
    }
    return builder.build();
  }

  /**
   * Words (not pairs of common words, or they would widen the highlights) with a start, and the cut
   * stems.
   */
  private static Query prefix(Prefix prefix, String text) {
    Automaton rest =
        Operations.repeat(
            Operations.union(
                List.of(
                    Automata.makeCharRange(0, FrenchParagraphAnalyzer.PAIR_SEPARATOR - 1),
                    Automata.makeCharRange(
                        FrenchParagraphAnalyzer.PAIR_SEPARATOR + 1, Character.MAX_CODE_POINT))));
    Automaton starts =
        Operations.union(prefix.starts().stream().map(Automata::makeString).toList());
    List<Automaton> words = new ArrayList<>();
    words.add(Operations.concatenate(List.of(starts, rest)));
    prefix.stems().forEach(stem -> words.add(Automata.makeString(stem)));
    Automaton automaton =
        Operations.determinize(
            words.size() == 1 ? words.get(0) : Operations.union(words),
            Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    return new StemPrefixQuery(
        new Term(FIELD, prefix.prefix() + "*"),
        prefix.starts(),
        automaton,
        new BoundedPrefixRewrite(
            text,
            prefix.start() + 1,
            text.substring(prefix.start(), prefix.end() - 1),
            BoundedPrefixRewrite.MAX_TERMS));
  }
}
