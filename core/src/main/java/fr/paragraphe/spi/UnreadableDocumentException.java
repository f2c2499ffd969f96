package fr.paragraphe.spi;

import java.io.IOException;
import java.io.Serial;

/**
 * A document that cannot give its text: encrypted, damaged, without a text layer, past a limit. Its
 * message is the reason, one line, shown after the file name.
 */
public final class UnreadableDocumentException extends IOException {
  @Serial private static final long serialVersionUID = 1L;

  public UnreadableDocumentException(String reason) {
    super(reason);
  }

  public UnreadableDocumentException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
