package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.cli.CliProcess.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query beyond a limit is one line on stderr and exit 2, as a real process: no stack trace, no
 * echo.
 */
class LimitsIT {
  @TempDir Path work;

  @Test
  void anOverLongQueryIsOneLineAndExit2() throws Exception {
    CliProcess.copySeed(work);
    assertEquals(0, CliProcess.run(work, "index", "seeds").exitCode());

    Result result = CliProcess.run(work, "query", "Tigre".repeat(2_000));
    assertEquals(
        new Result(
            2,
            "",
            "index-cli: query error: the query is 10,000 characters long; the limit is 4,000\n"),
        result);
  }
}
