package fr.paragraphe;

import java.io.Serial;

/**
 * A source named for removal that has no paragraph in the index; nothing of that removal was done.
 */
public final class UnknownSourceException extends ParagrapheException {
  @Serial private static final long serialVersionUID = 1L;

  private final String source;

  public UnknownSourceException(String source) {
    super(source + " is not in the index (nothing removed)");
    this.source = source;
  }

  /** The source name, normalised as the index stores it. */
  public String source() {
    return source;
  }
}
