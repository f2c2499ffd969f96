package fr.paragraphe;

/** A directory that is not a paragraphe index, or one this version cannot read. */
public final class ForeignIndexException extends ParagrapheException {
  public ForeignIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
