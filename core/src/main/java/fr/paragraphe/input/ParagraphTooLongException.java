package fr.paragraphe.input;

import java.io.IOException;
import java.io.Serial;
import java.util.Locale;

/** A paragraph, or a single line, longer than {@link ParagraphSplitter#MAX_PARAGRAPH_CHARS}. */
public final class ParagraphTooLongException extends IOException {
  @Serial private static final long serialVersionUID = 1L;

  private final int line;

  ParagraphTooLongException(int line, int maxChars) {
    super(
        String.format(
            Locale.ROOT,
            "the paragraph starting here is longer than %,d characters: split it with blank lines or line breaks",
            maxChars));
    this.line = line;
  }

  /** The 1-based line where the paragraph starts. */
  public int line() {
    return line;
  }
}
