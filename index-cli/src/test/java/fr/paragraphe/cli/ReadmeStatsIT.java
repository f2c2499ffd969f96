package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.cli.CliProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's stats example is what stats prints on the sample article. */
class ReadmeStatsIT {
  /**
   * The byte count is left out of the comparison: Lucene records the operating system and Java
   * versions in each segment, so it varies from one machine to another by a few bytes.
   */
  private static final String BYTES = "bytes on disk: ";

  @TempDir Path work;

  @Test
  void theReadmeExampleIsTheRealOutput() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("### stats\n");
    int start = readme.indexOf("```\nsources: ", section) + "```\n".length();
    String example = readme.substring(start, readme.indexOf("```\n", start));

    CliProcess.copySeed(work);
    assertEquals(0, CliProcess.run(work, "index", "seeds").exitCode());
    Result stats = CliProcess.run(work, "stats");
    assertEquals(0, stats.exitCode(), stats.stderr());

    assertEquals(withoutBytes(example), withoutBytes(stats.stdout()));
    assertTrue(example.contains("\n" + BYTES), example);
  }

  private static String withoutBytes(String stats) {
    return stats.replaceAll("(?m)^" + BYTES + "\\d+$", BYTES + "N");
  }
}
