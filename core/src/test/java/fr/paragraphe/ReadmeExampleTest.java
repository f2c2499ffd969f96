package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library example of the README is this module's Example.java, verbatim, and it runs. */
class ReadmeExampleTest {
  private static final Path EXAMPLE = Path.of("src/test/java/fr/paragraphe/example/Example.java");

  @Test
  void theReadmeShowsTheExampleVerbatim() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(
        readme.contains(Files.readString(EXAMPLE)),
        "README.md must quote " + EXAMPLE + " verbatim");
  }

  @Test
  void theExampleRunsFromTheRepositoryRoot(@TempDir Path dir) throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process process =
        new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "Example",
                dir.resolve("index").toString())
            .directory(Path.of("..").toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    // A file is named by its absolute path, whatever the working directory.
    String seed = Path.of("..").toAbsolutePath().normalize().resolve(SeedIndex.NAME).toString();
    assertEquals(
        "note:1 rive gauche du Tigre []\n"
            + seed
            + ":2 rive gauche du Tigre"
            + " [ParagraphRef[source="
            + seed
            + ", paragraph=7]]\n",
        output);
  }
}
