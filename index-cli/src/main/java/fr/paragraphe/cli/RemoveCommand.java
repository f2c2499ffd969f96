package fr.paragraphe.cli;

import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.RemovalReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code index-cli remove SOURCE...}: removes every paragraph of some sources, in one commit. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = {
      "Remove every paragraph of the named sources from the index, in one commit.",
      "A source is named by its path as given to index, normalised: articles/irak.txt may also be written"
          + " ./articles//irak.txt. All or nothing: if one of the sources is not in the index, nothing is removed"
          + " (exit 2)."
    },
    footer = {
      "",
      "Examples:",
      "  index-cli remove seeds/000_de5b8be049ad9072.txt",
      "  index-cli remove --index /tmp/presse articles/mossoul.txt notes/rive-gauche.md"
    })
final class RemoveCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "SOURCE",
      arity = "1..*",
      description = "Sources to remove, as they were indexed.")
  List<String> sources;

  @Override
  public Integer call() {
    Path directory = common.indexDirectory();
    RemovalReport report;
    try (ParagraphIndex index = ParagraphIndex.open(directory)) {
      report = index.remove(sources);
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "removed %d paragraph%s of %d source%s from %s%n",
            report.paragraphs(),
            report.paragraphs() == 1 ? "" : "s",
            report.sources(),
            report.sources() == 1 ? "" : "s",
            directory);
    return ExitCode.OK;
  }
}
