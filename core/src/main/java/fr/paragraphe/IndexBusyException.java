package fr.paragraphe;

import java.io.Serial;

/** Another process (or another {@link ParagraphIndex} in this one) is writing to the same index. */
public final class IndexBusyException extends ParagrapheException {
  @Serial private static final long serialVersionUID = 1L;

  public IndexBusyException(String directory, Throwable cause) {
    super(
        "the index "
            + directory
            + " is being written by another process; try again when it has finished",
        cause);
  }
}
