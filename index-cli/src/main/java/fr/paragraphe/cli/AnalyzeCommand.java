package fr.paragraphe.cli;

import fr.paragraphe.analysis.AnalyzedToken;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code index-cli analyze TEXT...}: the tokens the index or a query makes of a text; needs no
 * index.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Show the tokens that the index and queries make of a text, to see why a phrase does or does not match.",
      "The words given are joined with spaces. An exact phrase matches a paragraph whose tokens (--mode index)"
          + " hold the phrase's tokens (--mode phrase) at the same relative positions. Modes:%n"
          + "  index   what is indexed: each word, stemmed and folded, and pairs (de_la)%n"
          + "  phrase  what an exact \"phrase\" searches: pairs in place of common words%n"
          + "  words   what bare words search: no stop words, their positions left empty",
      "Text: one line per token: position, term, [start,end] offsets in the text (end excluded), type, and the"
          + " text it comes from. --json: {\"tokens\": [{\"token\", \"start_offset\", \"end_offset\", \"type\","
          + " \"position\"}]}, as OpenSearch's _analyze."
    },
    footer = {
      "",
      "Examples:",
      "  index-cli analyze \"L’armée de la rive gauche\"",
      "  index-cli analyze --mode phrase soutenus de la coalition",
      "  index-cli analyze --mode words --json le Tigre"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "index",
      completionCandidates = Modes.class,
      description = "Which chain: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--json", description = "Print one JSON object: tokens.")
  boolean json;

  @Option(names = "--debug", description = "Show the stack trace of an error.")
  boolean debug;

  @Parameters(
      paramLabel = "TEXT",
      arity = "1..*",
      description = "The text (its words are joined with spaces).")
  List<String> words;

  @Override
  public Integer call() {
    String text = String.join(" ", words);
    List<AnalyzedToken> tokens;
    try (FrenchParagraphAnalyzer analyzer = new FrenchParagraphAnalyzer(chain())) {
      tokens = analyzer.analyze(text);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          JsonOutput.write(Map.of("tokens", tokens.stream().map(AnalyzeCommand::jsonOf).toList())));
    } else {
      lines(tokens, text).forEach(out::println);
      if (tokens.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("no token: the " + mode + " chain leaves nothing of " + text);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private Mode chain() {
    return switch (mode) {
      case "index" -> Mode.INDEX;
      case "phrase" -> Mode.EXACT_PHRASE;
      case "words" -> Mode.WORDS;
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(), "'" + mode + "' is not a mode; use index, phrase or words");
    };
  }

  /**
   * Columns aligned across tokens: position (right-aligned), term, offsets, type, then the text
   * itself.
   */
  static List<String> lines(List<AnalyzedToken> tokens, String text) {
    List<String[]> rows =
        tokens.stream()
            .map(
                token ->
                    new String[] {
                      String.valueOf(token.position()),
                      token.term(),
                      "[" + token.startOffset() + "," + token.endOffset() + "]",
                      token.type(),
                      // A pair may span a line break, which would break the one-line-per-token
                      // layout.
                      text.substring(token.startOffset(), token.endOffset()).replaceAll("\\R", " ")
                    })
            .toList();
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int column = 0; column < widths.length; column++) {
        widths[column] = Math.max(widths[column], row[column].length());
      }
    }
    String format =
        "%" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %-" + widths[3] + "s  %s";
    return rows.stream().map(row -> String.format(Locale.ROOT, format, (Object[]) row)).toList();
  }

  private static Map<String, Object> jsonOf(AnalyzedToken token) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("token", token.term());
    json.put("start_offset", token.startOffset());
    json.put("end_offset", token.endOffset());
    json.put("type", token.type());
    json.put("position", token.position());
    return json;
  }

  /** The modes shown in help and completion. */
  static final class Modes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("index", "phrase", "words").iterator();
    }
  }
}
