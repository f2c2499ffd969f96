package fr.paragraphe.input;

import java.io.IOException;

/** A file that holds no text to index: empty, blank, or binary. */
public final class NotTextException extends IOException {
  public NotTextException(String reason) {
    super(reason);
  }
}
