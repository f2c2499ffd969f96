package fr.paragraphe.cli;

import fr.paragraphe.IndexingReport;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.Source;
import fr.paragraphe.input.ParagraphMode;
import fr.paragraphe.input.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code index-cli index PATH...}: adds files to the index, each replacing its earlier version. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index text files by paragraph, in one commit: either every file is indexed or, on an error, the index stays as it was.",
      "A file already in the index (same path as given, normalised) is replaced. Directories are walked for *.txt and *.md,"
          + " skipping hidden files and folders. Files are read as UTF-8 (a byte-order mark is skipped)."
    },
    footer = {"", "Examples:", "  index-cli index seeds/", "  index-cli index --index /tmp/presse articles/ notes.txt"})
final class IndexCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--paragraphs",
      paramLabel = "MODE",
      description = "How files are cut: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: blank lines if blank lines separate text, else one paragraph per line).",
      defaultValue = "AUTO",
      converter = ParagraphModeConverter.class,
      completionCandidates = ParagraphModeConverter.Names.class)
  ParagraphMode mode;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to index.")
  List<Path> paths;

  @Override
  public Integer call() {
    List<Source> sources = new ArrayList<>();
    for (Path path : paths) {
      try {
        TextFiles.find(path).forEach(file -> sources.add(Source.file(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(path + ": cannot be listed: " + e.getMessage(), e);
      }
    }
    if (sources.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "no *.txt or *.md file under " + String.join(", ", paths.stream().map(Path::toString).toList()));
    }
    Path directory = common.indexDirectory();
    IndexingReport report;
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(directory)) {
      report = index.add(sources, mode);
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "indexed %d paragraphs from %d source%s into %s%n",
            report.paragraphs(),
            report.sources(),
            report.sources() == 1 ? "" : "s",
            directory);
    return ExitCode.OK;
  }
}
