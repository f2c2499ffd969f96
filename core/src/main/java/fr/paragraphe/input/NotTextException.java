package fr.paragraphe.input;

import java.io.IOException;
import java.io.Serial;

/** A file that holds no text to index: empty, blank, or binary. */
public final class NotTextException extends IOException {
  @Serial private static final long serialVersionUID = 1L;

  public NotTextException(String reason) {
    super(reason);
  }
}
