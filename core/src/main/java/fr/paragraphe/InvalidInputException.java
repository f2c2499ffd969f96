package fr.paragraphe;

import java.io.Serial;

/** A source that cannot be read as text; names the source and, where known, the line. */
public final class InvalidInputException extends ParagrapheException {
  @Serial private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String problem;

  /**
   * @param line the 1-based line where the problem was found, or 0 when it concerns the whole
   *     source
   */
  public InvalidInputException(String source, int line, String problem, Throwable cause) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem, cause);
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  /** What is wrong, without the source and line. */
  public String problem() {
    return problem;
  }

  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 when it concerns the whole source. */
  public int line() {
    return line;
  }
}
