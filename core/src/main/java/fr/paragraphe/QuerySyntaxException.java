package fr.paragraphe;

/** A query that cannot be understood; {@link #column()} points at the culprit. */
public final class QuerySyntaxException extends ParagrapheException {
  private final String query;
  private final int column;

  /**
   * @param column 1-based position in {@code query} of the character the problem is about
   */
  public QuerySyntaxException(String query, int column, String problem) {
    super(problem + " (position " + column + ")");
    this.query = query;
    this.column = column;
  }

  public String query() {
    return query;
  }

  /** 1-based position in {@link #query()} of the character the problem is about. */
  public int column() {
    return column;
  }
}
