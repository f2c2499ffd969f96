package fr.paragraphe.cli;

import fr.paragraphe.IndexStats;
import fr.paragraphe.ParagraphIndex;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code index-cli stats}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Show what the index holds: sources (and how many of each format), paragraphs, duplicates, distinct terms,"
          + " size, Lucene version, analysis.",
      "Duplicate texts are texts held by more than one paragraph; duplicate paragraphs, those beyond the first of"
          + " each such text. Distinct terms are the stemmed words, without the pairs of common words (de_la)."
          + " Bytes on disk add up the files of the last commit; the Lucene version is the one that wrote it.",
      "Text: one 'name: value' line each; --json: one object."
    },
    footer = {"", "Examples:", "  index-cli stats", "  index-cli stats --index /tmp/presse --json"})
final class StatsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--json",
      description =
          "Print one JSON object: sources, paragraphs, duplicateTexts, duplicateParagraphs, distinctTerms,"
              + " sizeInBytes, luceneVersion, analysis, sourcesByFormat (format name to count).")
  boolean json;

  @Override
  public Integer call() {
    IndexStats stats;
    try (ParagraphIndex index = ParagraphIndex.open(common.indexDirectory())) {
      stats = index.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonOutput.write(jsonOf(stats)));
    } else {
      out.printf(Locale.ROOT, "sources: %d%n", stats.sources());
      if (!stats.sourcesByFormat().isEmpty()) {
        out.printf(
            Locale.ROOT,
            "sources by format: %s%n",
            String.join(
                ", ",
                stats.sourcesByFormat().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .toList()));
      }
      out.printf(Locale.ROOT, "paragraphs: %d%n", stats.paragraphs());
      out.printf(Locale.ROOT, "duplicate texts: %d%n", stats.duplicateTexts());
      out.printf(Locale.ROOT, "duplicate paragraphs: %d%n", stats.duplicateParagraphs());
      out.printf(Locale.ROOT, "distinct terms: %d%n", stats.distinctTerms());
      out.printf(Locale.ROOT, "bytes on disk: %d%n", stats.sizeInBytes());
      out.printf(Locale.ROOT, "lucene version: %s%n", stats.luceneVersion());
      out.printf(Locale.ROOT, "analysis: %s%n", stats.analysis());
    }
    out.flush();
    return ExitCode.OK;
  }

  private static Map<String, Object> jsonOf(IndexStats stats) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sources", stats.sources());
    json.put("paragraphs", stats.paragraphs());
    json.put("duplicateTexts", stats.duplicateTexts());
    json.put("duplicateParagraphs", stats.duplicateParagraphs());
    json.put("distinctTerms", stats.distinctTerms());
    json.put("sizeInBytes", stats.sizeInBytes());
    json.put("luceneVersion", stats.luceneVersion());
    json.put("analysis", stats.analysis());
    json.put("sourcesByFormat", stats.sourcesByFormat());
    return json;
  }
}
