package fr.paragraphe.cli;

import fr.paragraphe.IndexedSource;
import fr.paragraphe.ParagraphIndex;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code index-cli sources}: the sources the index holds. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = {
      "List the sources the index holds, by name: paragraphs, format, and when each was indexed (UTC).",
      "Files are shown relative to the working directory when they lie below it, else by their absolute path.",
      "Text: one line per source, columns separated by two spaces; --json: a list of objects {source, paragraphs,"
          + " format, indexed}."
    },
    footer = {
      "",
      "Examples:",
      "  index-cli sources",
      "  index-cli sources --index /tmp/presse --json"
    })
final class SourcesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--json",
      description = "Print a JSON list of {source, paragraphs, format, indexed (ISO 8601, UTC)}.")
  boolean json;

  @Override
  public Integer call() {
    List<IndexedSource> sources;
    try (ParagraphIndex index = ParagraphIndex.open(common.indexDirectory())) {
      sources = index.sources();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonOutput.write(sources.stream().map(SourcesCommand::jsonOf).toList()));
    } else {
      int width =
          sources.stream().mapToInt(s -> String.valueOf(s.paragraphs()).length()).max().orElse(1);
      for (IndexedSource source : sources) {
        out.printf(
            Locale.ROOT,
            "%" + width + "d  %-8s  %s  %s%n",
            source.paragraphs(),
            source.format(),
            source.indexed().truncatedTo(ChronoUnit.SECONDS),
            SourceNames.shown(source.source()));
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static Map<String, Object> jsonOf(IndexedSource source) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", SourceNames.shown(source.source()));
    json.put("paragraphs", source.paragraphs());
    json.put("format", source.format());
    json.put("indexed", source.indexed().truncatedTo(ChronoUnit.MILLIS).toString());
    return json;
  }
}
