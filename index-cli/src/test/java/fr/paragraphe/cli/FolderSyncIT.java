package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.jr.ob.JSON;
import fr.paragraphe.cli.CliProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder indexed again, edited, from elsewhere: the index follows it, as a real process. */
class FolderSyncIT {
  @TempDir Path work;

  @Test
  void editsAdditionsAndDeletionsAreFollowedAndCounted() throws Exception {
    Path folder = Files.createDirectories(work.resolve("romans"));
    Files.writeString(folder.resolve("a.txt"), "Le Tigre coule.\n");
    Files.writeString(folder.resolve("b.txt"), "La rive gauche.\n");
    Files.writeString(folder.resolve("c.txt"), "Une gabare.\n");
    assertEquals(
        new Result(0, "indexed 3 paragraphs from 3 sources into .paragraphe\n", ""),
        CliProcess.run(work, "index", "romans"));

    Files.writeString(folder.resolve("b.txt"), "La rive droite.\n", StandardOpenOption.APPEND);
    Files.writeString(folder.resolve("d.txt"), "Un pont.\n");
    Files.delete(folder.resolve("c.txt"));
    assertEquals(
        new Result(
            0,
            "indexed 3 paragraphs from 2 sources into .paragraphe"
                + " (added 1, changed 1, unchanged 1, removed 1)\n",
            ""),
        CliProcess.run(work, "index", "romans"));

    assertEquals(1, CliProcess.run(work, "query", "gabare").exitCode());
    Result droite = CliProcess.run(work, "query", "--json", "\"rive droite\"");
    assertEquals("romans/b.txt", hits(droite).get(0).get("source"));
    assertEquals(2, ((Number) hits(droite).get(0).get("paragraph")).intValue());

    Result sources = CliProcess.run(work, "sources", "--json");
    assertEquals(0, sources.exitCode(), sources.stderr());
    List<Object> listed = JSON.std.listFrom(sources.stdout());
    assertEquals(
        List.of("romans/a.txt 1 text", "romans/b.txt 2 text", "romans/d.txt 1 text"),
        listed.stream()
            .map(o -> (Map<?, ?>) o)
            .map(o -> o.get("source") + " " + o.get("paragraphs") + " " + o.get("format"))
            .toList());
    assertEquals(
        List.of("romans/a.txt", "romans/b.txt", "romans/d.txt"),
        CliProcess.run(work, "sources")
            .stdout()
            .lines()
            .map(l -> l.substring(l.lastIndexOf(' ') + 1))
            .toList());
  }

  /**
   * The same folder, from another working directory or by its absolute path, is the same sources.
   */
  @Test
  void aFolderIndexedFromElsewhereIsNotCopied() throws Exception {
    Path folder = Files.createDirectories(work.resolve("romans"));
    Files.writeString(folder.resolve("a.txt"), "Le Tigre coule.\n");
    Files.writeString(folder.resolve("b.txt"), "La rive gauche.\n");
    String index = work.resolve("index").toString();
    assertEquals(0, CliProcess.run(work, "index", "--index", index, "romans").exitCode());
    assertEquals(
        new Result(
            0,
            "indexed 0 paragraphs from 0 sources into "
                + index
                + " (added 0, changed 0, unchanged 2, removed 0)\n",
            ""),
        CliProcess.run(folder, "index", "--index", index, "."));
    assertEquals(
        0, CliProcess.run(work.getRoot(), "index", "--index", index, folder.toString()).exitCode());
    Result stats = CliProcess.run(work, "stats", "--index", index);
    assertEquals(
        List.of("sources: 2", "sources by format: text 2", "paragraphs: 2"),
        stats.stdout().lines().limit(3).toList());
    // Shown relative to where the query runs, as typed there.
    Result fromFolder = CliProcess.run(folder, "query", "--index", index, "--json", "Tigre");
    assertEquals("a.txt", hits(fromFolder).get(0).get("source"));
  }

  @Test
  void aSourceIsRemovedByItsPathAsTyped() throws Exception {
    Path folder = Files.createDirectories(work.resolve("romans"));
    Files.writeString(folder.resolve("a.txt"), "Le Tigre coule.\n");
    CliProcess.run(work, "index", "romans");
    assertEquals(
        new Result(0, "removed 1 paragraph of 1 source from ../.paragraphe\n", ""),
        CliProcess.run(folder, "remove", "--index", "../.paragraphe", "a.txt"));
    assertEquals("", CliProcess.run(work, "sources").stdout());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> hits(Result result) throws Exception {
    return (List<Map<String, Object>>) JSON.std.mapFrom(result.stdout()).get("hits");
  }
}
