package fr.paragraphe;

import java.nio.file.Path;

/** Opening for search a directory that holds no index yet. */
public final class MissingIndexException extends ParagrapheException {
  private final Path directory;

  public MissingIndexException(Path directory) {
    super("no index in " + directory);
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }
}
