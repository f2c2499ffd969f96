package fr.paragraphe.cli;

import fr.paragraphe.Exactness;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code index-cli query QUERY...}: searches the index and prints the matching paragraphs. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index. The words are joined with spaces into one query:",
      "  \"...\" an exact phrase (every word counts, stop words included; case, accents, elision and plurals do not);",
      "  \"...\"~N a phrase whose words may move N positions; « ... » quotes too;",
      "  bare words are all required; AND, OR, NOT (upper case), +word, -word, parentheses; word* a prefix.",
      "Paragraphs with the same text are shown once, with the others listed under it (--all shows each).",
      "--explain shows the query as searched (stems; common words paired, as de_la; stop words ignored in bare"
          + " words) and, under each hit, how its score was computed (Lucene's BM25 explanation)."
    },
    footer = {
      "",
      "Examples:",
      "  index-cli query '\"rive gauche du Tigre\"'",
      "  index-cli query --phrase rive gauche du Tigre",
      "  index-cli query 'Mossoul (Irak OR Syrie) -Bagdad'",
      "  index-cli query --json --limit 3 '\"coalition internationale\"'",
      "  index-cli query --explain rive gauche du Tigre",
      "  index-cli query --opensearch http://127.0.0.1:9200 '\"rive gauche du Tigre\"'"
    })
final class QueryCommand implements Callable<Integer> {
  static final int DEFAULT_LIMIT = 10;

  @Mixin CommonOptions common;

  @Mixin ClusterArguments cluster;

  @Spec CommandLine.Model.CommandSpec spec;

  /** Set on the quick path ({@link QuickLine}), where picocli gives no spec. */
  CommandIo quickIo;

  @Option(
      names = "--phrase",
      description = "Search the words as one literal phrase, with no query syntax.")
  boolean phrase;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_LIMIT,
      description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
  int limit = DEFAULT_LIMIT;

  @Option(names = "--all", description = "Show duplicate paragraphs as hits of their own.")
  boolean all;

  @Option(names = "--json", description = "Print one JSON object: query, total, hits.")
  boolean json;

  @Option(
      names = "--explain",
      description = "Show the query as searched and why each hit matched, with its score.")
  boolean explain;

  @Option(
      names = "--same-form",
      description =
          "Only matches written as typed, up to case and apostrophe style (local index only).")
  boolean sameForm;

  @Option(
      names = "--case",
      description = "Only matches written as typed, case included (local index only).")
  boolean sameCase;

  @Option(
      names = "--full",
      description =
          "Print long paragraphs whole (the terminal view shows a window around the matches of a paragraph"
              + " over "
              + TextOutput.LONG
              + " characters).")
  boolean full;

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      description = "The query (its words are joined with spaces).")
  List<String> words;

  @Override
  public Integer call() {
    CommandIo io = quickIo != null ? quickIo : CommandIo.of(spec);
    if (limit < 1) {
      throw io.usageError("--limit must be at least 1, got " + limit);
    }
    String query = String.join(" ", words);
    Exactness exactness = Exactness.of(sameForm, sameCase);
    SearchOptions options = new SearchOptions(limit, !all, explain, exactness);
    SearchResult result;
    if (cluster.given()) {
      if (exactness != Exactness.WORDS) {
        throw io.usageError("--same-form and --case search a local index only");
      }
      result = new OnCluster(spec.commandLine(), cluster).search(query, phrase, options);
    } else {
      try (ParagraphIndex index = ParagraphIndex.open(common.indexDirectory())) {
        result = phrase ? index.searchPhrase(query, options) : index.search(query, options);
      }
    }
    PrintWriter out = io.out();
    if (json) {
      out.println(JsonOutput.of(result, explain));
    } else {
      new TextOutput(Terminal.emphasis(), explain, full).print(result, out);
      if (result.total() == 0) {
        io.err().println("no paragraph matches " + query);
      }
    }
    out.flush();
    return result.total() > 0 ? ExitCode.OK : ExitCode.NO_HIT;
  }
}
