package fr.paragraphe.cli;

import fr.paragraphe.InvalidInputException;
import fr.paragraphe.MissingIndexException;
import fr.paragraphe.ParagrapheException;
import fr.paragraphe.QuerySyntaxException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become messages and exit codes: one line on stderr (a query error
 * adds the query and a caret under the culprit, when there is one), a stack trace only with {@code
 * --debug}.
 */
final class Failures
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    return usage(
        command.getErr(),
        e.getMessage(),
        prefix(command),
        command.getCommandSpec().qualifiedName());
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    boolean debug = debugAsked(parseResult);
    if (e instanceof CommandLine.ParameterException usage) {
      if (debug) {
        e.printStackTrace(command.getErr());
      }
      return handleParseException(usage, new String[0]);
    }
    return failed(e, command.getErr(), prefix(command), debug);
  }

  /** A usage error: one line, pointing at the command's help. */
  static int usage(PrintWriter err, String message, String prefix, String command) {
    err.println(prefix + message + " (see " + command + " --help)");
    return ExitCode.ERROR;
  }

  /** A failure while running a command. */
  static int failed(Exception e, PrintWriter err, String prefix, boolean debug) {
    if (debug) {
      e.printStackTrace(err);
    }
    switch (e) {
      case QuerySyntaxException syntax -> {
        err.println(prefix + "query error: " + syntax.getMessage());
        // Column 0 is about the whole query (too long, too many words): no culprit to point at, and
        // echoing a
        // query of thousands of characters would bury the message.
        if (syntax.column() > 0) {
          err.println("  " + syntax.query());
          err.println("  " + " ".repeat(syntax.column() - 1) + "^");
        }
      }
      case MissingIndexException missing ->
          err.println(
              prefix
                  + missing.getMessage()
                  + "; build one with: index-cli index --index "
                  + missing.directory()
                  + " PATH...");
      case InvalidInputException input ->
          err.println(
              prefix
                  + SourceNames.shown(input.source())
                  + (input.line() > 0 ? ":" + input.line() : "")
                  + ": "
                  + input.problem());
      case ParagrapheException user -> err.println(prefix + user.getMessage());
      case UncheckedIOException io -> err.println(prefix + io.getMessage());
      default ->
          err.println(
              prefix
                  + "internal error: "
                  + e
                  + (debug ? "" : " (run again with --debug for details)"));
    }
    err.flush();
    return ExitCode.ERROR;
  }

  private static String prefix(CommandLine command) {
    return command.getCommandSpec().root().name() + ": ";
  }

  private static boolean debugAsked(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
