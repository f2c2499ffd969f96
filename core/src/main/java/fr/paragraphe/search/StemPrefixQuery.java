package fr.paragraphe.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.util.automaton.Automaton;

/**
 * The query of {@code word*}: indexed words (not pairs) starting with one of {@link #starts()}.
 * Shown as {@code mossou*} rather than as {@link AutomatonQuery}'s automaton.
 */
final class StemPrefixQuery extends AutomatonQuery {
  private final List<String> starts;

  StemPrefixQuery(Term prefix, List<String> starts, Automaton words, BoundedPrefixRewrite rewrite) {
    super(prefix, words, false, rewrite);
    this.starts = List.copyOf(starts);
  }

  /**
   * The beginnings a matching word has: the prefix as typed, and with its doubled letters
   * collapsed.
   */
  List<String> starts() {
    return starts;
  }

  @Override
  public String toString(String field) {
    return (term.field().equals(field) ? "" : term.field() + ":") + term.text();
  }
}
