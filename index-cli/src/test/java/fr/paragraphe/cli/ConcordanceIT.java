package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import fr.paragraphe.cli.CliProcess.Result;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index-cli concordance as a process: lines, sorting, formats, counts, exit codes. */
class ConcordanceIT {
  private static final String NOTE = "notes/armee.txt";
  private static final Map<String, String> NARROW = Map.of("COLUMNS", "100", "NO_COLOR", "1");

  @TempDir Path work;

  @BeforeEach
  void index() throws Exception {
    CliProcess.copySeed(work);
    Files.createDirectories(work.resolve("notes"));
    Files.writeString(
        work.resolve(NOTE),
        "L’Armée, dit-il, « l'armée \"rouge\" »\tet encore, l'armée.\n\n"
            + "Rien ici.\n\n"
            + "Les armées passent; L'ARMÉE reste.\n");
    assertEquals(0, CliProcess.run(work, "index", "seeds", NOTE).exitCode());
  }

  @Test
  void oneAlignedLinePerOccurrence() throws Exception {
    Result result = CliProcess.run(work, NARROW, "concordance", "coalition");
    assertEquals(0, result.exitCode(), result.stderr());
    List<String> lines = result.stdout().lines().toList();
    assertEquals(10, lines.size(), result.stdout());
    int column = lines.get(0).indexOf("**coalition**");
    for (String line : lines) {
      assertEquals(column, line.indexOf("**coalition**"), result.stdout());
      assertTrue(line.codePointCount(0, line.length()) <= 100, line);
      assertTrue(line.matches(".*  " + CliProcess.SEED + ":\\d+"), line);
    }
  }

  @Test
  void noOccurrenceExitsWithOne() throws Exception {
    assertEquals(
        new Result(1, "", "no occurrence of xyzzy\n"),
        CliProcess.run(work, "concordance", "xyzzy"));
  }

  @Test
  void sortsByTheWordsRightOrLeftOrByForm() throws Exception {
    List<Map<String, Object>> reading = rows("--format", "jsonl", "\"la\"");
    assertTrue(reading.size() > 10, "occurrences of la: " + reading.size());
    for (String sort : List.of("right", "left", "form")) {
      List<Map<String, Object>> sorted = rows("--format", "jsonl", "--sort", sort, "\"la\"");
      List<String> keys = sorted.stream().map(row -> key(sort, row)).toList();
      for (int i = 1; i < keys.size(); i++) {
        assertTrue(
            keys.get(i - 1).compareTo(keys.get(i)) <= 0,
            sort + " line " + (i + 1) + ": " + keys.get(i - 1) + " > " + keys.get(i));
      }
      Comparator<Map<String, Object>> any = Comparator.comparing(Object::toString);
      assertEquals(
          reading.stream().sorted(any).toList(), sorted.stream().sorted(any).toList(), sort);
    }
  }

  /** The key a line is sorted by, made here independently: folded words, joined by a space. */
  private static String key(String sort, Map<String, Object> row) {
    String text =
        (String) row.get(sort.equals("right") ? "right" : sort.equals("left") ? "left" : "match");
    List<String> words = new ArrayList<>();
    for (String word : text.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(SortKey.folded(word));
      }
    }
    if (sort.equals("left")) {
      java.util.Collections.reverse(words);
    }
    return String.join("\u0001", words.subList(0, Math.min(6, words.size())));
  }

  @Test
  void tsvAndCsvReadBackAsTheJsonLines() throws Exception {
    List<Map<String, Object>> json = rows("--format", "jsonl", "armée");
    assertEquals(6, json.size());
    for (String format : List.of("csv", "tsv")) {
      Result result = CliProcess.run(work, "concordance", "--format", format, "armée");
      assertEquals(0, result.exitCode(), result.stderr());
      CSVFormat parser =
          format.equals("csv")
              ? CSVFormat.RFC4180.builder().setHeader().get()
              : CSVFormat.TDF
                  .builder()
                  .setHeader()
                  .setQuote(null)
                  .setEscape(null)
                  .setIgnoreSurroundingSpaces(false)
                  .setTrim(false)
                  .get();
      List<CSVRecord> records = parser.parse(new StringReader(result.stdout())).getRecords();
      assertEquals(ConcordanceCommand.COLUMNS, records.get(0).getParser().getHeaderNames());
      assertEquals(json.size(), records.size(), result.stdout());
      for (int i = 0; i < records.size(); i++) {
        for (String column : List.of("source", "left", "match", "right")) {
          String value = records.get(i).get(column);
          if (format.equals("tsv")) {
            value = value.replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\");
          }
          assertEquals(json.get(i).get(column), value, format + " " + column);
        }
        assertEquals(
            json.get(i).get("paragraph").toString(), records.get(i).get("paragraph"), format);
      }
    }
    assertEquals("L’Armée", json.get(0).get("match"));
    assertTrue(((String) json.get(0).get("right")).contains("\"rouge\" »\tet"), json.toString());
  }

  @Test
  void sameFormAndCase() throws Exception {
    assertEquals(
        List.of("L’Armée", "l'armée", "l'armée", "L'ARMÉE", "l'armée"),
        rows("--format", "jsonl", "--same-form", "\"l'armée\"").stream()
            .map(row -> row.get("match"))
            .toList());
    assertEquals(
        List.of("l'armée", "l'armée", "l'armée"),
        rows("--format", "jsonl", "--case", "\"l'armée\"").stream()
            .map(row -> row.get("match"))
            .toList());
  }

  @Test
  void queryCountsOnlyParagraphsWithTheFormTyped() throws Exception {
    Result any = CliProcess.run(work, "query", "--json", "--all", "\"l'armée\"");
    Result form = CliProcess.run(work, "query", "--json", "--all", "--same-form", "\"armées\"");
    Result sameCase = CliProcess.run(work, "query", "--json", "--case", "\"L’Armée\"");
    assertEquals(3, ((Number) JSON.std.mapFrom(any.stdout()).get("total")).intValue());
    assertEquals(1, ((Number) JSON.std.mapFrom(form.stdout()).get("total")).intValue());
    assertEquals(1, ((Number) JSON.std.mapFrom(sameCase.stdout()).get("total")).intValue());
  }

  @Test
  void countsPerSourceAndPerForm() throws Exception {
    Result bySource =
        CliProcess.run(work, "concordance", "--count-by", "source", "--format", "csv", "armée");
    assertEquals(
        new Result(
            0,
            "source,occurrences,paragraphs\r\n" + NOTE + ",5,2\r\n" + CliProcess.SEED + ",1,1\r\n",
            ""),
        bySource);
    Result byForm = CliProcess.run(work, "concordance", "--count-by", "form", "armée");
    assertEquals(
        "form     occurrences  paragraphs\n"
            + "l'armée            3           2\n"
            + "L'ARMÉE            1           1\n"
            + "L’Armée            1           1\n"
            + "armées             1           1\n",
        byForm.stdout());
  }

  private List<Map<String, Object>> rows(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("concordance"));
    command.addAll(List.of(args));
    Result result = CliProcess.run(work, command.toArray(String[]::new));
    assertEquals(0, result.exitCode(), result.stderr());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String line : result.stdout().split("\n")) {
      rows.add(JSON.std.mapFrom(line));
    }
    return rows;
  }
}
