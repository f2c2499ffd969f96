package fr.paragraphe.cli;

import fr.paragraphe.ParagraphIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code index-cli check}: verifies the index with Lucene's CheckIndex. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Verify the index with Lucene's CheckIndex: the checksum of every file, every segment read through, and the"
          + " commit marked as written by paragraphe. Reads the whole index.",
      "Prints 'DIR: sound' (exit 0), or one line per problem (exit 2)."
    },
    footer = {"", "Examples:", "  index-cli check", "  index-cli check --index /tmp/presse"})
final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path directory = common.indexDirectory();
    List<String> problems = ParagraphIndex.check(directory);
    PrintWriter out = spec.commandLine().getOut();
    if (problems.isEmpty()) {
      out.println(directory + ": sound");
    } else {
      problems.forEach(problem -> out.println(directory + ": " + problem));
    }
    out.flush();
    return problems.isEmpty() ? ExitCode.OK : ExitCode.ERROR;
  }
}
