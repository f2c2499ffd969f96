package fr.paragraphe.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help wrapped between words only. picocli wraps where Java's line breaker allows, which cuts
 * {@code *.txt} after the dot and {@code https://} after the colon; so help is laid out on one long
 * line per row, then wrapped here at spaces, each continuation under the start of its row's text.
 */
final class HelpText {
  static final int COLUMNS = 80;

  /** Wide enough that picocli never wraps a row itself. */
  private static final int UNWRAPPED = 1000;

  /** An option row: the option column, then two spaces or more, then the description. */
  private static final Pattern OPTION_ROW = Pattern.compile("^ *\\S+(?: \\S+)* {2,}(?=\\S)");

  private HelpText() {}

  /** Wraps the help of this command and of its subcommands. */
  static void wrapBetweenWords(CommandLine command) {
    command.setUsageHelpWidth(UNWRAPPED);
    Map<String, CommandLine.IHelpSectionRenderer> original = command.getHelpSectionMap();
    Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>();
    original.forEach(
        (key, renderer) -> sections.put(key, help -> wrap(renderer.render(help), COLUMNS)));
    // "Usage: " is a section of its own: wrapped with the synopsis, the synopsis continues under
    // its first option.
    CommandLine.IHelpSectionRenderer heading =
        original.get(UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING);
    CommandLine.IHelpSectionRenderer synopsis = original.get(UsageMessageSpec.SECTION_KEY_SYNOPSIS);
    if (heading != null && synopsis != null) {
      sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING, help -> "");
      sections.put(
          UsageMessageSpec.SECTION_KEY_SYNOPSIS,
          help -> wrap(heading.render(help) + synopsis.render(help), COLUMNS));
    }
    command.setHelpSectionMap(sections);
    command.getSubcommands().values().forEach(HelpText::wrapBetweenWords);
  }

  static String wrap(String text, int columns) {
    String end = text.endsWith("\n") ? "\n" : "";
    return text.lines()
        .map(line -> wrapLine(line, columns))
        .collect(Collectors.joining("\n", "", end));
  }

  private static String wrapLine(String line, int columns) {
    StringBuilder wrapped = new StringBuilder();
    String indent = " ".repeat(hangingIndent(line));
    String rest = line;
    int firstWord = indent.length();
    while (rest.length() > columns) {
      int cut = rest.lastIndexOf(' ', columns);
      if (cut <= firstWord) {
        cut = rest.indexOf(' ', columns); // a word longer than the line stays whole
        if (cut < 0) {
          break;
        }
      }
      wrapped.append(rest, 0, cut).append('\n');
      rest = indent + rest.substring(cut).stripLeading();
    }
    return wrapped.append(rest).toString();
  }

  /**
   * Where continuation lines start: under the synopsis's first option, an option's description, or
   * the text.
   */
  private static int hangingIndent(String line) {
    if (line.startsWith("Usage: ") && line.contains(" [")) {
      return line.indexOf(" [") + 1;
    }
    Matcher row = OPTION_ROW.matcher(line);
    if (row.find()) {
      return row.end();
    }
    return line.length() - line.stripLeading().length();
  }
}
