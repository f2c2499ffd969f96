package fr.paragraphe.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.util.Version;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code index-cli}: index French text by paragraph and search it with exact phrases. */
@Command(
    name = IndexCli.NAME,
    mixinStandardHelpOptions = true,
    versionProvider = IndexCli.Versions.class,
    description = "Index French text by paragraph and search it with exact phrases.",
    footer = {
      "",
      "Exit codes: 0 success (query: at least one hit), 1 query without hit, 2 usage, input or index error.",
      "The index is the directory given by --index, else $PARAGRAPHE_INDEX, else .paragraphe in the current directory;",
      "index, query and push take --opensearch URL to work on an OpenSearch cluster instead.",
      "",
      "Examples:",
      "  index-cli index seeds/",
      "  index-cli query '\"rive gauche du Tigre\"'",
      "  source <(index-cli generate-completion)   # bash/zsh completion"
    })
public final class IndexCli implements Runnable {
  static final String NAME = "index-cli";

  /**
   * Lucene logs a warning when the JVM lacks the incubating Vector API, which only speeds up vector
   * search (not used here); adding the module makes the JVM print its own warning instead. Held
   * here so it is not collected.
   */
  private static final Logger LUCENE_VECTORIZATION =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  /** The commands, in the order help lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("index", IndexCommand::new);
    COMMANDS.put("query", QueryCommand::new);
    COMMANDS.put("concordance", ConcordanceCommand::new);
    COMMANDS.put("remove", RemoveCommand::new);
    COMMANDS.put("sources", SourcesCommand::new);
    COMMANDS.put("stats", StatsCommand::new);
    COMMANDS.put("analyze", AnalyzeCommand::new);
    COMMANDS.put("check", CheckCommand::new);
    COMMANDS.put("push", PushCommand::new);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit code (for tests, {@link #main} and {@link
   * StartCacheTraining}).
   */
  static int run(String... args) {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    QuickLine quick = QuickLine.parse(args);
    if (quick != null) {
      return quick.run();
    }
    Failures failures = new Failures();
    return commandLine(args)
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures)
        .execute(args);
  }

  /** The command line picocli reads these arguments with. */
  static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new IndexCli());
    // picocli builds the model of every subcommand it is given, by reflection, before parsing:
    // about 15 ms each at
    // start-up. The root has no positional parameter, so when the first argument names a command,
    // that command
    // is the only one needed; anything else (help, completion, an error, a typo) gets them all.
    Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
    if (named != null) {
      cli.addSubcommand(named.get());
    } else {
      COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
      cli.addSubcommand(new CommandLine.HelpCommand());
      cli.addSubcommand(new AutoComplete.GenerateCompletion());
    }
    for (String name : new String[] {"query", "concordance"}) {
      CommandLine query = cli.getSubcommands().get(name);
      if (query == null) {
        continue;
      }
      // -word excludes a word, and a phrase may open with a dash (dialogue in novels): query words
      // that look
      // like options are words; the real options are still options wherever they stand.
      query.setUnmatchedOptionsArePositionalParams(true);
    }
    HelpText.wrapBetweenWords(cli);
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this),
        "a command is needed: index, query, concordance, remove, sources, stats, analyze, check or push");
  }

  /** The tool's version and the Lucene it runs on. */
  static final class Versions implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = IndexCli.class.getPackage().getImplementationVersion();
      return new String[] {
        "index-cli "
            + (version == null ? "(development build)" : version)
            + ", Lucene "
            + Version.LATEST
      };
    }
  }
}
