package fr.paragraphe.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that touches an index shares. */
final class CommonOptions {
  /** The variable that names the default index directory. */
  static final String INDEX_VARIABLE = "PARAGRAPHE_INDEX";

  /**
   * Used when neither --index nor $PARAGRAPHE_INDEX is given: hidden, like .git, and skipped when
   * indexing.
   */
  static final String DEFAULT_INDEX = ".paragraphe";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Index directory (default: $"
              + INDEX_VARIABLE
              + ", else "
              + DEFAULT_INDEX
              + " in the current directory).")
  Path index;

  @Option(names = "--debug", description = "Show the stack trace of an error.")
  boolean debug;

  Path indexDirectory() {
    if (index != null) {
      return index;
    }
    String fromEnvironment = System.getenv(INDEX_VARIABLE);
    return Path.of(
        fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_INDEX : fromEnvironment);
  }
}
