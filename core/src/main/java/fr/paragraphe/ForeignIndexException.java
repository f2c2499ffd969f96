package fr.paragraphe;

import java.io.Serial;

/** A directory that is not a paragraphe index, or one this version cannot read. */
public final class ForeignIndexException extends ParagrapheException {
  @Serial private static final long serialVersionUID = 1L;

  public ForeignIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
