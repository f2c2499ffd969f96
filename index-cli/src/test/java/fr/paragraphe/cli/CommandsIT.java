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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * remove, stats, analyze and query --explain as real processes: exit codes, stdout, stderr, JSON
 * parsed.
 */
class CommandsIT {
  private static final String SEED = CliProcess.SEED;
  private static final String NOTE = "notes/tigre.txt";
  private static final String ANALYSIS =
      "character map (as MappingCharFilter: apostrophes U+02BB U+02BC U+2018 U+2019 U+FF07 to ', no-break spaces"
          + " U+00A0 U+2007 U+202F to U+0020, soft hyphen U+00AD removed, combining accents U+0300-U+036F removed)"
          + " > words (as StandardTokenizer) > elision (as ElisionFilter: l m t qu n s j d c jusqu quoiqu lorsqu"
          + " puisqu, any case) > lower case (as LowerCaseFilter) > ASCII folding (as ASCIIFoldingFilter) > French"
          + " light stemming (as FrenchLightStemFilter) > pairs of common words (as CommonGramsFilter: de la et le à"
          + " il les un en que je des)";

  @TempDir Path work;

  @BeforeEach
  void copySeedsIntoTheWorkingDirectory() throws Exception {
    CliProcess.copySeed(work);
  }

  @Test
  void removeTakesASourceOutAndQueriesNoLongerFindIt() throws Exception {
    Files.createDirectories(work.resolve("notes"));
    Files.writeString(work.resolve(NOTE), "Sur la rive gauche du Tigre, rien de neuf.\n");
    assertEquals(0, CliProcess.run(work, "index", "seeds", NOTE).exitCode());

    Result removed = CliProcess.run(work, "remove", "./seeds//000_de5b8be049ad9072.txt");
    assertEquals(
        new Result(0, "removed 11 paragraphs of 1 source from .paragraphe\n", ""), removed);

    Map<String, Object> found =
        json(CliProcess.run(work, "query", "--json", "\"rive gauche du Tigre\""));
    assertEquals(1, ((Number) found.get("total")).intValue());
    assertEquals(NOTE, ((Map<?, ?>) ((List<?>) found.get("hits")).get(0)).get("source"));
    assertEquals(
        new Result(1, "", "no paragraph matches Mossoul\n"),
        CliProcess.run(work, "query", "Mossoul"));
  }

  @Test
  void removingSeveralSourcesCountsThemAll() throws Exception {
    Files.createDirectories(work.resolve("notes"));
    Files.writeString(work.resolve(NOTE), "Sur la rive gauche du Tigre.\nRien de neuf.\n");
    CliProcess.run(work, "index", "seeds", NOTE);
    Result removed = CliProcess.run(work, "remove", NOTE, SEED);
    assertEquals(
        new Result(0, "removed 13 paragraphs of 2 sources from .paragraphe\n", ""), removed);
  }

  @Test
  void aBogusNameRemovesNothing() throws Exception {
    CliProcess.run(work, "index", "seeds");
    Result result = CliProcess.run(work, "remove", SEED, "seeds/bogus.txt");
    assertEquals(
        new Result(2, "", "index-cli: seeds/bogus.txt is not in the index (nothing removed)\n"),
        result);
    assertEquals(0, CliProcess.run(work, "query", "Mossoul").exitCode());
    assertTrue(CliProcess.run(work, "stats").stdout().contains("\nparagraphs: 11\n"));
  }

  @Test
  void removeNeedsAnExistingIndex() throws Exception {
    Result result = CliProcess.run(work, "remove", SEED);
    assertEquals(
        "index-cli: no index in .paragraphe; build one with: index-cli index --index .paragraphe PATH...\n",
        result.stderr());
    assertEquals(new Result(2, "", result.stderr()), result);
    assertFalse(Files.exists(work.resolve(".paragraphe")));
  }

  @Test
  void statsPrintsOneNameAndValueALine() throws Exception {
    CliProcess.run(work, "index", "seeds");
    Result result = CliProcess.run(work, "stats");
    assertEquals(
        new Result(
            0,
            "sources: 1\n"
                + "sources by format: text 1\n"
                + "paragraphs: 11\n"
                + "duplicate texts: 5\n"
                + "duplicate paragraphs: 5\n"
                + "distinct terms: 119\n"
                + "bytes on disk: "
                + bytesIn(work.resolve(".paragraphe"))
                + "\n"
                + "lucene version: 10.6.0\n"
                + "analysis: "
                + ANALYSIS
                + "\n",
            ""),
        result);
  }

  @Test
  void statsInJsonIsOneObject() throws Exception {
    CliProcess.run(work, "index", "seeds");
    Result result = CliProcess.run(work, "stats", "--json");
    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(
        Map.of(
            "sources", 1,
            "paragraphs", 11,
            "duplicateTexts", 5,
            "duplicateParagraphs", 5,
            "distinctTerms", 119,
            "sizeInBytes", (int) bytesIn(work.resolve(".paragraphe")),
            "luceneVersion", "10.6.0",
            "analysis", ANALYSIS,
            "sourcesByFormat", Map.of("text", 1)),
        JSON.std.mapFrom(result.stdout()));
  }

  @Test
  void analyzeShowsTheIndexTokensAlignedAndNeedsNoIndex() throws Exception {
    Result result = CliProcess.run(work, "analyze", "L’armée de la rive gauche");
    assertEquals(
        new Result(
            0,
            """
            0  arme     [0,7]    <ALPHANUM>  L’armée
            0  arme_de  [0,10]   gram        L’armée de
            1  de       [8,10]   <ALPHANUM>  de
            1  de_la    [8,13]   gram        de la
            2  la       [11,13]  <ALPHANUM>  la
            2  la_rive  [11,18]  gram        la rive
            3  rive     [14,18]  <ALPHANUM>  rive
            4  gauch    [19,25]  <ALPHANUM>  gauche
            """,
            ""),
        result);
    assertFalse(Files.exists(work.resolve(".paragraphe")));
  }

  @Test
  void analyzeInJsonHasOpenSearchsShape() throws Exception {
    Result phrase =
        CliProcess.run(work, "analyze", "--json", "--mode", "phrase", "de", "la", "coalition");
    assertEquals(0, phrase.exitCode(), phrase.stderr());
    assertEquals(
        Map.of(
            "tokens",
            List.of(
                Map.of(
                    "token",
                    "de_la",
                    "start_offset",
                    0,
                    "end_offset",
                    5,
                    "type",
                    "gram",
                    "position",
                    0),
                Map.of(
                    "token",
                    "la_coal",
                    "start_offset",
                    3,
                    "end_offset",
                    15,
                    "type",
                    "gram",
                    "position",
                    1))),
        JSON.std.mapFrom(phrase.stdout()));
    Result words = CliProcess.run(work, "analyze", "--json", "--mode", "words", "le Tigre");
    assertEquals(
        Map.of(
            "tokens",
            List.of(
                Map.of(
                    "token",
                    "tigr",
                    "start_offset",
                    3,
                    "end_offset",
                    8,
                    "type",
                    "<ALPHANUM>",
                    "position",
                    1))),
        JSON.std.mapFrom(words.stdout()));
  }

  @Test
  void analyzeSaysSoWhenNothingIsLeftAndRefusesAnUnknownMode() throws Exception {
    assertEquals(
        new Result(0, "", "no token: the words chain leaves nothing of le la\n"),
        CliProcess.run(work, "analyze", "--mode", "words", "le", "la"));
    assertEquals(
        new Result(
            2,
            "",
            "index-cli: 'stems' is not a mode; use index, phrase or words (see index-cli analyze --help)\n"),
        CliProcess.run(work, "analyze", "--mode", "stems", "la rive"));
  }

  @Test
  void explainShowsTheQueryAsSearchedAndWhyEachHitMatched() throws Exception {
    CliProcess.run(work, "index", "seeds");
    Result result = CliProcess.run(work, "query", "--explain", "\"rive gauche du Tigre\"");
    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals("", result.stderr());
    List<String> lines = result.stdout().lines().toList();
    assertEquals("searched as: \"rive gauch du tigr\"", lines.get(0));
    assertEquals("", lines.get(1));
    assertEquals(SEED + ":2  (score 2.835)", lines.get(2));
    assertEquals("  same text: " + SEED + ":7", lines.get(4));
    assertEquals("  explanation:", lines.get(5));
    assertEquals(
        "    2.835 weight(text:\"rive gauch du tigr\") [BM25Similarity], result of:", lines.get(6));
    assertTrue(lines.contains("          1.000 phraseFreq=1.0"), result.stdout());
    assertEquals("2 matching paragraphs, 1 shown", lines.get(lines.size() - 1));
  }

  @Test
  void explainNamesTheStopWordsThatBareWordsIgnore() throws Exception {
    CliProcess.run(work, "index", "seeds");
    Result result = CliProcess.run(work, "query", "--explain", "rive", "gauche", "du", "Tigre");
    assertEquals(
        "searched as: +rive +gauch +tigr  (stop words ignored: du)",
        result.stdout().lines().findFirst().orElseThrow());
  }

  @Test
  void explainInJsonAddsParsedQueryAndExplanationsOnlyWhenAsked() throws Exception {
    CliProcess.run(work, "index", "seeds");
    Map<String, Object> explained =
        json(CliProcess.run(work, "query", "--json", "--explain", "le Tigre"));
    assertEquals(List.of("query", "parsedQuery", "total", "hits"), List.copyOf(explained.keySet()));
    assertEquals("tigr  (stop words ignored: le)", explained.get("parsedQuery"));
    Map<?, ?> hit = (Map<?, ?>) ((List<?>) explained.get("hits")).get(0);
    String explanation = (String) hit.get("explanation");
    assertTrue(
        explanation.startsWith(
            "0.709 weight(text:tigr) [BM25Similarity], result of:\n  0.709 score("),
        explanation);

    Map<String, Object> plain = json(CliProcess.run(work, "query", "--json", "le Tigre"));
    assertEquals(List.of("query", "total", "hits"), List.copyOf(plain.keySet()));
    assertFalse(((Map<?, ?>) ((List<?>) plain.get("hits")).get(0)).containsKey("explanation"));
  }

  @Test
  void everyNewCommandHasHelpWithExamples() throws Exception {
    for (String command : List.of("remove", "stats", "analyze")) {
      Result help = CliProcess.run(work, command, "--help");
      assertEquals(0, help.exitCode(), command);
      assertTrue(help.stdout().contains("\nExamples:\n  index-cli " + command), help.stdout());
    }
    String analyzeHelp = CliProcess.run(work, "analyze", "--help").stdout();
    assertTrue(
        analyzeHelp.contains("index-cli analyze \"L’armée de la rive gauche\""), analyzeHelp);
    String commands = CliProcess.run(work, "--help").stdout();
    for (String command : List.of("remove", "stats", "analyze")) {
      assertTrue(commands.contains("\n  " + command + " "), commands);
    }
  }

  private static Map<String, Object> json(Result result) throws Exception {
    assertEquals(0, result.exitCode(), result.stderr());
    return JSON.std.mapFrom(result.stdout());
  }

  /** What the index directory holds: one commit's files and an empty lock file. */
  private static long bytesIn(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.mapToLong(file -> file.toFile().length()).sum();
    }
  }
}
