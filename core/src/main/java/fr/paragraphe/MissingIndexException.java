package fr.paragraphe;

import java.io.Serial;
import java.nio.file.Path;

/** Opening for search a directory that holds no index yet. */
public final class MissingIndexException extends ParagrapheException {
  @Serial private static final long serialVersionUID = 1L;

  /** A Path is not Serializable: a deserialized copy has only the message. */
  private final transient Path directory;

  public MissingIndexException(Path directory) {
    super("no index in " + directory);
    this.directory = directory;
  }

  /** The directory, or null in a deserialized copy. */
  public Path directory() {
    return directory;
  }
}
