package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.cli.CliProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/index-cli finds a JDK 21+ by itself, or says clearly that none is installed. */
class LauncherIT {
  @TempDir Path work;

  @Test
  void anOldJavaHomeIsPassedOverForANewerJdk() throws Exception {
    Path oldJdk = fakeJdk("17.0.15");
    Result result = CliProcess.run(work, Map.of("JAVA_HOME", oldJdk.toString()), "--version");
    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals("", result.stderr());
  }

  @Test
  void withoutAnyJdk21TheLauncherSaysSoInOneLine() throws Exception {
    Path oldJdk = fakeJdk("17.0.15");
    Map<String, String> noJdk =
        Map.of(
            "JAVA_HOME", oldJdk.toString(),
            "PATH", oldJdk.resolve("bin") + ":/usr/bin:/bin",
            "INDEX_CLI_JDK_DIRS", work.resolve("no-jdks").toString());
    Result result = CliProcess.run(work, noJdk, "--version");
    assertEquals(2, result.exitCode());
    assertEquals("", result.stdout());
    assertEquals(1, result.stderrLines().size(), result.stderr());
    assertTrue(
        result.stderr().startsWith("index-cli: a JDK 21 or newer is needed"), result.stderr());
  }

  /**
   * A directory that looks like a JDK of the given version, whose java only prints that version.
   */
  private Path fakeJdk(String version) throws Exception {
    Path home = work.resolve("jdk-" + version);
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    Path java = home.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\"' >&2\nexit 1\n");
    java.toFile().setExecutable(true);
    return home;
  }
}
