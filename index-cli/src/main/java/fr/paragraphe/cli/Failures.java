package fr.paragraphe.cli;

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
    PrintWriter err = command.getErr();
    err.println(
        prefix(command)
            + e.getMessage()
            + " (see "
            + command.getCommandSpec().qualifiedName()
            + " --help)");
    return ExitCode.ERROR;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    if (debugAsked(parseResult)) {
      e.printStackTrace(err);
    }
    switch (e) {
      case QuerySyntaxException syntax -> {
        err.println(prefix(command) + "query error: " + syntax.getMessage());
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
              prefix(command)
                  + missing.getMessage()
                  + "; build one with: index-cli index --index "
                  + missing.directory()
                  + " PATH...");
      case ParagrapheException user -> err.println(prefix(command) + user.getMessage());
      case CommandLine.ParameterException usage -> {
        return handleParseException(usage, new String[0]);
      }
      case UncheckedIOException io -> err.println(prefix(command) + io.getMessage());
      default ->
          err.println(
              prefix(command)
                  + "internal error: "
                  + e
                  + (debugAsked(parseResult) ? "" : " (run again with --debug for details)"));
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
