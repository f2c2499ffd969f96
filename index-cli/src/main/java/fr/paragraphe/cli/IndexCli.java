package fr.paragraphe.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.util.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code index-cli}: index French text by paragraph and search it with exact phrases. */
@Command(
    name = "index-cli",
    mixinStandardHelpOptions = true,
    versionProvider = IndexCli.Versions.class,
    subcommands = {IndexCommand.class, QueryCommand.class, CommandLine.HelpCommand.class},
    description = "Index French text by paragraph and search it with exact phrases.",
    footer = {
      "",
      "Exit codes: 0 success (query: at least one hit), 1 query without hit, 2 usage, input or index error.",
      "The index is the directory given by --index, else $PARAGRAPHE_INDEX, else .paragraphe in the current directory.",
      "",
      "Examples:",
      "  index-cli index seeds/",
      "  index-cli query '\"rive gauche du Tigre\"'"
    })
public final class IndexCli implements Runnable {

  /**
   * Lucene logs a warning when the JVM lacks the incubating Vector API, which only speeds up vector search (not
   * used here); adding the module makes the JVM print its own warning instead. Held here so it is not collected.
   */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests and {@link #main}). */
  static int run(String... args) {
    Failures failures = new Failures();
    return new CommandLine(new IndexCli())
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures)
        .execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "a command is needed: index or query");
  }

  /** The tool's version and the Lucene it runs on. */
  static final class Versions implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = IndexCli.class.getPackage().getImplementationVersion();
      return new String[] {
        "index-cli " + (version == null ? "(development build)" : version) + ", Lucene " + Version.LATEST
      };
    }
  }
}
