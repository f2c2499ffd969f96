package fr.paragraphe;

/**
 * A problem the user can act on: bad input, a malformed query, a missing or busy index. The message is one
 * line, written for the person who caused it.
 */
public class ParagrapheException extends RuntimeException {
  public ParagrapheException(String message) {
    super(message);
  }

  public ParagrapheException(String message, Throwable cause) {
    super(message, cause);
  }
}
