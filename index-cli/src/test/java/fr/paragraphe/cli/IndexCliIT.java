package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import fr.paragraphe.cli.CliProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index-cli as a real process: exit codes, stdout, stderr, JSON parsed. */
class IndexCliIT {
  private static final String SEED = CliProcess.SEED;

  @TempDir Path work;

  @BeforeEach
  void copySeedsIntoTheWorkingDirectory() throws Exception {
    CliProcess.copySeed(work);
  }

  @Test
  void indexesThenFindsThePhraseWithItsDuplicate() throws Exception {
    Result indexed = CliProcess.run(work, "index", "seeds/");
    assertEquals(
        new Result(0, "indexed 11 paragraphs from 1 source into .paragraphe\n", ""), indexed);
    assertTrue(Files.isDirectory(work.resolve(".paragraphe")));

    Result found = CliProcess.run(work, "query", "\"rive gauche du Tigre\"");
    assertEquals(0, found.exitCode(), found.stderr());
    assertEquals("", found.stderr());
    List<String> lines = List.of(found.stdout().split("\n"));
    assertTrue(lines.get(0).startsWith(SEED + ":2  (score "), lines.get(0));
    assertTrue(
        lines.get(1).contains(" sur la **rive gauche du Tigre** au nord de Mossoul"), lines.get(1));
    assertEquals("  same text: " + SEED + ":7", lines.get(2));
    assertEquals("2 matching paragraphs, 1 shown", lines.get(lines.size() - 1));
  }

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    CliProcess.run(work, "index", "seeds");
    Result result = CliProcess.run(work, "query", "--json", "rive", "gauche", "du", "Tigre");
    assertEquals(0, result.exitCode(), result.stderr());
    Map<String, Object> json = JSON.std.mapFrom(result.stdout());
    assertEquals("rive gauche du Tigre", json.get("query"));
    assertEquals(2, ((Number) json.get("total")).intValue());
    List<?> hits = (List<?>) json.get("hits");
    assertEquals(1, hits.size());
    Map<?, ?> hit = (Map<?, ?>) hits.get(0);
    assertEquals(SEED, hit.get("source"));
    assertEquals(2, hit.get("paragraph"));
    assertTrue(hit.containsKey("section"));
    assertEquals(null, hit.get("section"));
    assertTrue(((Number) hit.get("score")).doubleValue() > 0);
    String text = (String) hit.get("text");
    List<String> highlighted =
        ((List<?>) hit.get("highlights"))
            .stream()
                .map(h -> (Map<?, ?>) h)
                .map(h -> text.substring((Integer) h.get("start"), (Integer) h.get("end")))
                .toList();
    assertEquals(List.of("rive", "gauche", "Tigre"), highlighted);
    assertEquals(List.of(Map.of("source", SEED, "paragraph", 7)), hit.get("duplicates"));
  }

  @Test
  void allShowsDuplicatesAsHitsAndPhraseIgnoresSyntax() throws Exception {
    CliProcess.run(work, "index", "seeds");
    Map<String, Object> all =
        JSON.std.mapFrom(
            CliProcess.run(work, "query", "--all", "--json", "\"rive gauche du Tigre\"").stdout());
    assertEquals(
        List.of(2, 7),
        ((List<?>) all.get("hits")).stream().map(h -> ((Map<?, ?>) h).get("paragraph")).toList());

    Result phrase = CliProcess.run(work, "query", "--phrase", "--json", "(CJTF-OIR");
    assertEquals(0, phrase.exitCode(), phrase.stderr());
    assertEquals(2, ((Number) JSON.std.mapFrom(phrase.stdout()).get("total")).intValue());
  }

  @Test
  void noHitExitsWithOneAndPrintsNothingOnStdout() throws Exception {
    CliProcess.run(work, "index", "seeds");
    Result result = CliProcess.run(work, "query", "\"soutenus de la coalition\"");
    assertEquals(new Result(1, "", "no paragraph matches \"soutenus de la coalition\"\n"), result);
    Result json = CliProcess.run(work, "query", "--json", "\"soutenus de la coalition\"");
    assertEquals(1, json.exitCode());
    assertEquals(0, ((Number) JSON.std.mapFrom(json.stdout()).get("total")).intValue());
  }

  @Test
  void aSyntaxErrorShowsTheQueryWithACaret() throws Exception {
    CliProcess.run(work, "index", "seeds");
    Result result = CliProcess.run(work, "query", "Mossoul", "AND");
    assertEquals(2, result.exitCode());
    assertEquals("", result.stdout());
    assertEquals(
        List.of(
            "index-cli: query error: AND has nothing after it (position 9)",
            "  Mossoul AND",
            "          ^"),
        result.stderrLines());
  }

  @Test
  void aMissingIndexSaysHowToBuildOne() throws Exception {
    Result result = CliProcess.run(work, "query", "--index", "nowhere", "Tigre");
    assertEquals(
        new Result(
            2,
            "",
            "index-cli: no index in nowhere; build one with: index-cli index --index nowhere PATH...\n"),
        result);
  }

  @Test
  void theIndexDirectoryComesFromTheEnvironmentWhenNotGiven() throws Exception {
    Map<String, String> env = Map.of("PARAGRAPHE_INDEX", work.resolve("elsewhere").toString());
    assertEquals(0, CliProcess.run(work, env, "index", "seeds").exitCode());
    assertFalse(Files.exists(work.resolve(".paragraphe")));
    assertEquals(0, CliProcess.run(work, env, "query", "Tigre").exitCode());
  }

  @Test
  void usageErrorsAreOneLine() throws Exception {
    // (query takes words that look like options as query words: see CommandLineTextIT)
    Result unknown = CliProcess.run(work, "remove", "--bogus", "x");
    assertEquals(
        new Result(2, "", "index-cli: Unknown option: '--bogus' (see index-cli remove --help)\n"),
        unknown);
    Result limit = CliProcess.run(work, "query", "--limit", "0", "x");
    assertEquals(2, limit.exitCode());
    assertEquals(1, limit.stderrLines().size(), limit.stderr());
    Result nothing = CliProcess.run(work, "index");
    assertEquals(2, nothing.exitCode());
    assertEquals(1, nothing.stderrLines().size(), nothing.stderr());
  }

  @Test
  void aBadFileIsNamedAndWhatWasIndexedStays() throws Exception {
    CliProcess.run(work, "index", "seeds");
    Files.write(work.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    Result result = CliProcess.run(work, "index", "seeds", "image.txt");
    assertEquals(new Result(2, "", "index-cli: image.txt: binary file\n"), result);
    assertEquals(0, CliProcess.run(work, "query", "Tigre").exitCode());
  }

  @Test
  void aMissingFileIsAnErrorNotAStackTrace() throws Exception {
    Result result = CliProcess.run(work, "index", "absent.txt");
    assertEquals(new Result(2, "", "index-cli: absent.txt: no such file\n"), result);
  }

  @Test
  void debugShowsTheStackTrace() throws Exception {
    Result result = CliProcess.run(work, "index", "--debug", "absent.txt");
    assertEquals(2, result.exitCode());
    assertTrue(result.stderr().contains("InvalidInputException"), result.stderr());
    assertTrue(result.stderr().contains("\tat "), result.stderr());
  }

  @Test
  void indexingTwiceGivesTheSameAnswers() throws Exception {
    CliProcess.run(work, "index", "seeds");
    String before = CliProcess.run(work, "query", "--json", "--all", "coalition").stdout();
    assertEquals(0, CliProcess.run(work, "index", "./seeds//").exitCode());
    assertEquals(before, CliProcess.run(work, "query", "--json", "--all", "coalition").stdout());
    assertEquals(6, ((Number) JSON.std.mapFrom(before).get("total")).intValue());
  }

  /**
   * util-linux {@code script} gives the launcher a pseudo-terminal for stdout, as a person's shell
   * would.
   */
  @Test
  void onATerminalMatchesAreBoldUnlessNoColorIsSet() throws Exception {
    Path script = Path.of("/usr/bin/script");
    Assumptions.assumeTrue(
        Files.isExecutable(script), "needs util-linux script to open a pseudo-terminal");
    CliProcess.run(work, "index", "seeds");
    String command = CliProcess.LAUNCHER + " query Petra";
    Result bold =
        CliProcess.runCommand(work, Map.of(), script.toString(), "-qec", command, "/dev/null");
    assertTrue(bold.stdout().contains("\u001B[1mPetra\u001B[0m"), bold.stdout());
    Result plain =
        CliProcess.runCommand(
            work, Map.of("NO_COLOR", "1"), script.toString(), "-qec", command, "/dev/null");
    assertTrue(plain.stdout().contains("**Petra**"), plain.stdout());
  }

  @Test
  void aCompletionScriptIsGeneratedFromTheCommands() throws Exception {
    Result result = CliProcess.run(work, "generate-completion");
    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(result.stdout().startsWith("#!/usr/bin/env bash"), result.stdout());
    for (String command : List.of("index", "query", "remove", "stats", "analyze")) {
      assertTrue(result.stdout().contains(command), command);
    }
    assertTrue(
        result.stdout().contains("--paragraphs"), "options of the commands are completed too");
  }

  @Test
  void indexAndQueryHaveHelpWithExamples() throws Exception {
    for (String command : List.of("index", "query")) {
      Result help = CliProcess.run(work, command, "--help");
      assertEquals(0, help.exitCode(), command);
      assertTrue(help.stdout().contains("\nExamples:\n"), command + ": " + help.stdout());
    }
  }

  @Test
  void versionNamesTheToolAndLucene() throws Exception {
    Result result = CliProcess.run(work, "--version");
    assertEquals(0, result.exitCode());
    assertTrue(result.stdout().matches("index-cli .*, Lucene 10\\.6\\.0\n"), result.stdout());
  }
}
