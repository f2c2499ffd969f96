package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import fr.paragraphe.cli.CliProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line reads and prints: query words that look like options, counts, help. */
class CommandLineTextIT {
  private static final String NOTES =
      "Sur la rive gauche du Tigre.\n"
          + "Entre le Tigre et l'Euphrate.\n"
          + "--- Çarmantes Il leur distribue le pain, dit-il.\n";

  @TempDir Path work;

  private void indexNotes() throws Exception {
    Files.writeString(work.resolve("notes.txt"), NOTES);
    assertEquals(0, CliProcess.run(work, "index", "notes.txt").exitCode());
  }

  private static int total(Result result) throws Exception {
    assertEquals(0, result.exitCode(), result.stderr());
    return ((Number) JSON.std.mapFrom(result.stdout()).get("total")).intValue();
  }

  @Test
  void aWordLedByADashIsAQueryWordWhereverTheOptionsAre() throws Exception {
    indexNotes();
    Result result = CliProcess.run(work, "query", "Tigre", "-Euphrate");
    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(result.stdout().contains("rive gauche du **Tigre**"), result.stdout());
    assertFalse(result.stdout().contains("Euphrate"), result.stdout());
    assertEquals(1, total(CliProcess.run(work, "query", "Tigre", "-Euphrate", "--json")));
    assertEquals(
        1, total(CliProcess.run(work, "query", "--json", "Tigre", "-Euphrate", "--limit", "5")));
  }

  @Test
  void aPhraseLedByDashesIsAPhrase() throws Exception {
    indexNotes();
    Result result = CliProcess.run(work, "query", "--phrase", "--- Çarmantes Il leur distribue");
    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(result.stdout().contains("**Çarmantes Il leur distribue**"), result.stdout());
    assertEquals(
        1,
        total(
            CliProcess.run(
                work, "query", "--phrase", "--- Çarmantes Il leur distribue", "--json")));
  }

  @Test
  void anUnknownOptionOfAnotherCommandIsStillAnError() throws Exception {
    Result result = CliProcess.run(work, "stats", "--bogus");
    assertEquals(2, result.exitCode());
    assertTrue(result.stderr().startsWith("index-cli: Unknown option: '--bogus'"), result.stderr());
  }

  @Test
  void oneParagraphIsOneParagraph() throws Exception {
    Files.writeString(work.resolve("une.txt"), "Une seule ligne.\n");
    assertEquals(
        new Result(0, "indexed 1 paragraph from 1 source into .paragraphe\n", ""),
        CliProcess.run(work, "index", "une.txt"));
  }

  @Test
  void helpIsEnglishWrappedBetweenWordsWithinEightyColumns() throws Exception {
    for (List<String> args :
        List.of(
            List.of("--help"),
            List.of("index", "--help"),
            List.of("query", "--help"),
            List.of("remove", "--help"),
            List.of("sources", "--help"),
            List.of("concordance", "--help"),
            List.of("stats", "--help"),
            List.of("analyze", "--help"),
            List.of("check", "--help"),
            List.of("push", "--help"))) {
      Result help = CliProcess.run(work, args.toArray(String[]::new));
      assertEquals(0, help.exitCode(), args.toString());
      assertFalse(help.stdout().contains("Exemples"), help.stdout());
      assertTrue(help.stdout().contains("\nExamples:\n  index-cli "), help.stdout());
      for (String line : help.stdout().split("\n")) {
        assertTrue(line.codePointCount(0, line.length()) <= 80, args + ": " + line);
      }
    }
    String index = joined(CliProcess.run(work, "index", "--help").stdout());
    assertTrue(
        index.contains(
            "(repeatable; default: text and Markdown files and the documents listed above)"),
        index);
    assertTrue(index.contains("*.epub, *.pdf; case ignored"), index);
    assertTrue(index.contains("else .paragraphe in the current directory"), index);
    assertTrue(index.contains("(http:// or https://;"), index);
  }

  /**
   * The help's words with every line end and indentation made one space: words broken by a line end
   * show.
   */
  private static String joined(String help) {
    return help.replaceAll("\\s*\n\\s*", " ");
  }

  @Test
  void usageErrorsStayOneLine() throws Exception {
    Result result = CliProcess.run(work, "query");
    assertEquals(2, result.exitCode());
    assertEquals(1, result.stderrLines().size(), result.stderr());
    assertTrue(result.stderr().contains("Missing required parameter: 'QUERY'"), result.stderr());
  }
}
