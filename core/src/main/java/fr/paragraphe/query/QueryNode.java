package fr.paragraphe.query;

import java.util.List;

/**
 * One node of a parsed query. Terms are those of the paragraph text field, already analysed: they
 * are to be matched as they are. Every node has its span in the query text ({@link #start()}
 * included, {@link #end()} excluded), to point at it in errors and explanations.
 */
public sealed interface QueryNode {

  int start();

  int end();

  /** Paragraphs holding this indexed term. */
  record Word(String term, int start, int end) implements QueryNode {}

  /**
   * Paragraphs holding these terms at these relative positions (a gap stands for a word left out),
   * or within {@code slop} moves of that (Lucene's sloppy phrase: words may also swap, at a cost of
   * 2). A phrase of one term is that word.
   */
  record Phrase(List<String> terms, List<Integer> positions, int slop, int start, int end)
      implements QueryNode {
    public Phrase {
      terms = List.copyOf(terms);
      positions = List.copyOf(positions);
      if (terms.isEmpty() || terms.size() != positions.size()) {
        throw new IllegalArgumentException(
            "a phrase needs one position per term, and a term: " + terms);
      }
    }
  }

  /**
   * Paragraphs holding an indexed word that starts with one of {@code starts} (pairs of common
   * words, which hold {@link fr.paragraphe.analysis.FrenchParagraphAnalyzer#PAIR_SEPARATOR},
   * excepted), or that is one of {@code stems}: the stems of the words starting with the prefix
   * that the stemmer cut shorter than it.
   *
   * @param prefix the prefix folded as indexed words are, as shown ({@code mossou})
   * @param starts the prefix, and the prefix with its doubled letters collapsed as the stemmer does
   */
  record Prefix(String prefix, List<String> starts, List<String> stems, int start, int end)
      implements QueryNode {
    public Prefix {
      starts = List.copyOf(starts);
      stems = List.copyOf(stems);
    }
  }

  /** Every paragraph: what a query of negations alone ({@code NOT Irak}) searches among. */
  record AllParagraphs(int start, int end) implements QueryNode {}

  /**
   * Paragraphs matching every {@code MUST} clause and no {@code MUST_NOT} clause, and at least one
   * {@code SHOULD} clause when there is no {@code MUST} clause (as Lucene's and OpenSearch's
   * boolean queries). Clauses keep the order they were typed in.
   */
  record Bool(List<Clause> clauses, int start, int end) implements QueryNode {
    public Bool {
      clauses = List.copyOf(clauses);
    }
  }

  /** A clause of a {@link Bool}. */
  record Clause(Occur occur, QueryNode node) {}

  /** How a clause takes part in a {@link Bool}. */
  enum Occur {
    MUST,
    SHOULD,
    MUST_NOT
  }
}
