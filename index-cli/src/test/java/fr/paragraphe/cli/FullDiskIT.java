package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.cli.CliProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * index-cli when the index cannot be written: files may not grow past a limit, as on a full disk.
 */
class FullDiskIT {
  @TempDir Path work;

  @Test
  void aFailedWriteNamesTheIndexKeepsItAndLeavesNoFileBehind() throws Exception {
    Files.writeString(work.resolve("note.txt"), "Sur la rive gauche du Tigre.\n");
    assertEquals(0, CliProcess.run(work, "index", "note.txt").exitCode());
    Set<String> before = files(work.resolve(".paragraphe"));
    Files.writeString(
        work.resolve("big.txt"),
        IntStream.range(0, 60_000)
            .mapToObj(
                i -> "Le paragraphe " + i + " parle de l'Euphrate et de la coalition, longuement.")
            .collect(Collectors.joining("\n")));

    // ulimit -f: a file may not grow beyond 300 KB; the write fails as on a full disk (EFBIG, "File
    // too large").
    Result result =
        CliProcess.runCommand(
            work,
            Map.of(),
            "bash",
            "-c",
            "ulimit -f 300 && exec \"$0\" index big.txt",
            CliProcess.LAUNCHER.toString());

    assertEquals(
        new Result(
            2,
            "",
            "index-cli: writing the index .paragraphe failed: File too large; nothing of this run was committed\n"),
        result);
    assertEquals(before, files(work.resolve(".paragraphe")));
    assertEquals(1, CliProcess.run(work, "query", "Euphrate").exitCode());
    assertEquals(0, CliProcess.run(work, "query", "Tigre").exitCode());
  }

  private static Set<String> files(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
