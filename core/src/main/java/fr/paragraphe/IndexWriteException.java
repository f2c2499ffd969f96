package fr.paragraphe;

import java.io.Serial;

/**
 * Writing the index failed (a full disk, a failing device): the change was rolled back, and the
 * index holds its previous commit. Not the input's fault, unlike {@link InvalidInputException}.
 */
public final class IndexWriteException extends ParagrapheException {
  @Serial private static final long serialVersionUID = 1L;

  private final String index;

  /**
   * @param index the index's directory (or name)
   * @param reason what the disk or file system said, e.g. {@code No space left on device}
   */
  public IndexWriteException(String index, String reason, Throwable cause) {
    super(
        "writing the index " + index + " failed: " + reason + "; nothing of this run was committed",
        cause);
    this.index = index;
  }

  /** The index's directory (or name). */
  public String index() {
    return index;
  }
}
