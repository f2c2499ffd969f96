package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.Occurrence;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Rows with awkward text read back intact; a sort spilled to files orders as one in memory. */
class ConcordanceRowsTest {
  private static final List<Object> AWKWARD =
      List.of("a,b", "say \"oui\"", "line\nbreak", "cr\r\nlf", "tab\there", "back\\slash", "");

  @Test
  void csvReadsBackThroughARfc4180Parser() throws Exception {
    StringWriter text = new StringWriter();
    List<String> columns = List.of("1", "2", "3", "4", "5", "6", "7");
    TableOutput table = new TableOutput(TableOutput.Format.CSV, new PrintWriter(text), columns);
    table.header();
    table.row(AWKWARD);
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(text.toString()))
            .getRecords();
    assertEquals(1, records.size());
    assertEquals(AWKWARD, List.copyOf(records.get(0).toList()));
  }

  @Test
  void tsvKeepsARowOnOneLineAndEscapesAsDocumented() {
    StringWriter text = new StringWriter();
    TableOutput table =
        new TableOutput(TableOutput.Format.TSV, new PrintWriter(text), List.of("a", "b"));
    table.row(List.of("x\ty", "1\n2\\"));
    assertEquals("x\\ty\t1\\n2\\\\\n", text.toString());
  }

  @Test
  void aSortSpilledToFilesOrdersAsOneInMemory() throws Exception {
    Random random = new Random(3);
    String[] words = {"Été", "ete", "Abbé", "abbe", "zèbre", "œuvre", "oeuvre", "la", "là", ""};
    List<Occurrence> occurrences = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String right = " " + words[random.nextInt(words.length)] + " " + words[random.nextInt(10)];
      occurrences.add(
          new Occurrence("s" + random.nextInt(3), i, null, 0, "m", 0, 1, "l " + i, right));
    }
    for (SortKey key : SortKey.values()) {
      List<Occurrence> expected = new ArrayList<>(occurrences);
      expected.sort(Comparator.comparing(key::of)); // stable: ties in arrival order
      try (OccurrenceSorter inMemory = new OccurrenceSorter(key, 1000);
          OccurrenceSorter spilled = new OccurrenceSorter(key, 7)) {
        for (Occurrence o : occurrences) {
          inMemory.add(o);
          spilled.add(o);
        }
        assertEquals(expected, list(inMemory.sorted()), key.name());
        assertEquals(expected, list(spilled.sorted()), key.name());
      }
    }
  }

  private static List<Occurrence> list(Iterator<Occurrence> it) {
    List<Occurrence> all = new ArrayList<>();
    it.forEachRemaining(all::add);
    return all;
  }
}
