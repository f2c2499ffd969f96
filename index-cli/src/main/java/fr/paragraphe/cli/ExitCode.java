package fr.paragraphe.cli;

/** Exit codes, as grep's. */
final class ExitCode {
  /** Done; for a query, at least one paragraph matched. */
  static final int OK = 0;

  /** A query that matched no paragraph. */
  static final int NO_HIT = 1;

  /** Bad usage, bad input, or an index that cannot be used. */
  static final int ERROR = 2;

  private ExitCode() {}
}
