package fr.paragraphe;

import java.io.Serial;

/**
 * A problem the user can act on: bad input, a malformed query, a missing or busy index. The message
 * is one line, written for the person who caused it.
 */
public class ParagrapheException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public ParagrapheException(String message) {
    super(message);
  }

  public ParagrapheException(String message, Throwable cause) {
    super(message, cause);
  }
}
