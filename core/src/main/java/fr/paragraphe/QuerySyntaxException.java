package fr.paragraphe;

import java.io.Serial;

/**
 * A query that cannot be understood, or that goes beyond a limit; {@link #column()} points at the
 * culprit, or is 0 when the problem is the query as a whole (too long, too many words).
 */
public final class QuerySyntaxException extends ParagrapheException {
  @Serial private static final long serialVersionUID = 1L;

  private final String query;
  private final int column;

  /**
   * @param column 1-based position in {@code query} of the character the problem is about, or 0 for
   *     the whole query
   */
  public QuerySyntaxException(String query, int column, String problem) {
    super(column > 0 ? problem + " (position " + column + ")" : problem);
    this.query = query;
    this.column = column;
  }

  public String query() {
    return query;
  }

  /**
   * 1-based position in {@link #query()} of the character the problem is about, or 0 for the whole
   * query.
   */
  public int column() {
    return column;
  }
}
