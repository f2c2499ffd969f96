package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The quick path reads a command line as picocli does, or leaves it to picocli: every line it
 * takes, picocli parses into the same fields.
 */
class QuickLineTest {
  /** Lines the quick path takes. */
  private static final List<List<String>> TAKEN =
      List.of(
          List.of("query", "\"rive gauche du Tigre\""),
          List.of("query", "rive", "gauche", "du", "Tigre"),
          List.of("query", "Tigre", "-Euphrate"),
          List.of("query", "--json", "Tigre", "-Euphrate", "--limit", "5"),
          List.of("query", "Tigre", "-Euphrate", "-Euphrate", "--json"),
          List.of("query", "--phrase", "--- Çarmantes Il leur distribue"),
          List.of("query", "--index", "/tmp/x", "--all", "--explain", "--debug", "a", "-"),
          List.of("query", "-x", "--bogus", "---", "-q", "--quiet", "index", "stats", "--glob"),
          List.of("query", "a", "--limit", "123456789"),
          List.of("query", "--same-form", "--case", "--full", "a"),
          List.of("query", "", "a b", "Mossoul (Irak OR Syrie) -Bagdad"),
          List.of("index", "seeds/"),
          List.of("index", "-q", "--index", "idx", "a.txt", "b/", "-"),
          List.of("index", "--quiet", "--debug", "--source", "depeche", "-"),
          List.of("index", "--glob", "*.txt", "--glob", "chapitres/*.md", "romans/"),
          List.of("index", "--paragraphs", "blank-lines", "--encoding", "windows-1252", "x"),
          List.of("index", "--paragraphs", "LINES", "--encoding", "ISO-8859-15", "x", "y"),
          List.of("index", "", "query", "stats"));

  /** Lines left to picocli: help, version, errors, clusters, what picocli reads its own way. */
  private static final List<List<String>> LEFT =
      List.of(
          List.of(),
          List.of("--help"),
          List.of("stats"),
          List.of("query"),
          List.of("query", "--json"),
          List.of("query", "-h"),
          List.of("query", "--help", "a"),
          List.of("query", "-V"),
          List.of("query", "-hx"),
          List.of("query", "-Vache"),
          List.of("query", "a", "--version"),
          List.of("query", "--limit", "0", "a"),
          List.of("query", "--limit", "010", "a"),
          List.of("query", "--limit", "-1", "a"),
          List.of("query", "--limit", "+1", "a"),
          List.of("query", "--limit", "1234567890", "a"),
          List.of("query", "--limit", "x", "a"),
          List.of("query", "a", "--limit"),
          List.of("query", "--limit=3", "a"),
          List.of("query", "a", "-x=1"),
          List.of("query", "--json", "a", "--json"),
          List.of("query", "--index", "--json", "a"),
          List.of("query", "--index", "-x", "a"),
          List.of("query", "a", "--index"),
          List.of("query", "--index", "a\0b", "c"),
          List.of("query", "--", "a"),
          List.of("query", "@file"),
          List.of("query", "--opensearch", "http://localhost:9200", "a"),
          List.of("query", "a", "--name", "x"),
          List.of("index"),
          List.of("index", "--help"),
          List.of("index", "-h", "x"),
          List.of("index", "-qh", "x"),
          List.of("index", "--bogus", "x"),
          List.of("index", "-x"),
          List.of("index", "--", "x"),
          List.of("index", "-q", "--quiet", "x"),
          List.of("index", "--index", "a", "--index", "b", "x"),
          List.of("index", "--source", "s", "x"),
          List.of("index", "-", "-"),
          List.of("index", "--paragraphs", "words", "x"),
          List.of("index", "--encoding", "no-such-charset", "x"),
          List.of("index", "--glob", "-x", "y"),
          List.of("index", "--glob"),
          List.of("index", "--shards", "2", "x"),
          List.of("index", "--opensearch", "http://localhost:9200", "x"),
          List.of("index", "a\0b"),
          List.of("index", "@paths.txt"));

  @Test
  void everyLineTakenIsParsedAsPicocliParsesIt() {
    for (List<String> line : TAKEN) {
      String[] args = line.toArray(String[]::new);
      QuickLine quick = QuickLine.parse(args);
      assertNotNull(quick, line.toString());
      CommandLine.ParseResult parsed = IndexCli.commandLine(args).parseArgs(args);
      Object picocli = parsed.subcommand().commandSpec().userObject();
      assertEquals(fields(picocli), fields(quick.command()), line.toString());
    }
  }

  @Test
  void everyOtherLineIsLeftToPicocli() {
    for (List<String> line : LEFT) {
      assertNull(QuickLine.parse(line.toArray(String[]::new)), line.toString());
    }
  }

  /**
   * A new option of query would otherwise be taken as a query word: each must be read here or left
   * to picocli.
   */
  @Test
  void everyOptionIsReadOrLeftToPicocli() {
    Set<String> read =
        Set.of(
            "--index",
            "--debug",
            "--phrase",
            "--all",
            "--json",
            "--explain",
            "--same-form",
            "--case",
            "--full",
            "--limit",
            "-q",
            "--quiet",
            "--paragraphs",
            "--encoding",
            "--glob",
            "--source");
    for (String command : List.of("query", "index")) {
      Set<String> names = new HashSet<>();
      IndexCli.commandLine(command)
          .getSubcommands()
          .get(command)
          .getCommandSpec()
          .options()
          .forEach(option -> names.addAll(List.of(option.names())));
      names.removeAll(read);
      names.removeAll(QuickLine.LEFT_TO_PICOCLI);
      assertTrue(names.isEmpty(), command + ": " + names);
    }
  }

  private static List<Object> fields(Object command) {
    List<Object> fields = new ArrayList<>();
    if (command instanceof QueryCommand query) {
      fields.addAll(common(query.common, query.cluster));
      fields.addAll(
          List.of(
              query.phrase,
              query.limit,
              query.all,
              query.json,
              query.explain,
              query.sameForm,
              query.sameCase,
              query.full,
              query.words));
    } else {
      IndexCommand index = (IndexCommand) command;
      fields.addAll(common(index.common, index.cluster));
      fields.add(index.layout.shards);
      fields.add(index.layout.replicas);
      fields.add(index.mode);
      fields.add(String.valueOf(index.encoding));
      fields.add(index.globs);
      fields.add(String.valueOf(index.stdinName));
      fields.add(index.quiet);
      fields.add(index.paths);
    }
    return fields;
  }

  private static List<Object> common(CommonOptions common, ClusterArguments cluster) {
    return List.of(
        String.valueOf(common.index),
        common.debug,
        cluster.nodes,
        cluster.name,
        String.valueOf(cluster.user),
        cluster.timeoutSeconds,
        cluster.retries);
  }
}
