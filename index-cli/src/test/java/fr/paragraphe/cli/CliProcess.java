package fr.paragraphe.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs bin/index-cli as a user would, in a given directory, and keeps what it said. */
final class CliProcess {
  static final Path LAUNCHER = Path.of("bin", "index-cli").toAbsolutePath();
  static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();

  /** Where {@link #copySeed} puts the sample article, relative to the working directory. */
  static final String SEED = "seeds/000_de5b8be049ad9072.txt";

  record Result(int exitCode, String stdout, String stderr) {
    List<String> stderrLines() {
      return stderr.isEmpty() ? List.of() : List.of(stderr.split("\n"));
    }
  }

  private CliProcess() {}

  /** Copies the sample article to {@link #SEED} under a test's working directory. */
  static void copySeed(Path workingDirectory) throws IOException {
    Files.createDirectories(workingDirectory.resolve("seeds"));
    Files.copy(SEEDS.resolve("000_de5b8be049ad9072.txt"), workingDirectory.resolve(SEED));
  }

  static Result run(Path workingDirectory, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(LAUNCHER.toString());
    command.addAll(List.of(args));
    return runCommand(workingDirectory, environment, command.toArray(String[]::new));
  }

  /** index-cli with bytes on its standard input. */
  static Result runWithInput(Path workingDirectory, byte[] input, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(LAUNCHER.toString());
    command.addAll(List.of(args));
    return start(workingDirectory, Map.of(), input, command.toArray(String[]::new));
  }

  /** Any command line, with the same environment and capture as {@link #run}. */
  static Result runCommand(
      Path workingDirectory, Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    return start(workingDirectory, environment, new byte[0], command);
  }

  private static Result start(
      Path workingDirectory, Map<String, String> environment, byte[] input, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().remove("PARAGRAPHE_INDEX");
    builder.environment().putAll(environment);
    Process process = builder.start();
    try (var stdin = process.getOutputStream()) {
      stdin.write(input);
    }
    CompletableFuture<String> stdout = read(process.getInputStream());
    CompletableFuture<String> stderr = read(process.getErrorStream());
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("index-cli did not finish in 60 s: " + List.of(command));
    }
    return new Result(process.exitValue(), stdout.join(), stderr.join());
  }

  /**
   * Starts index-cli without waiting for it, its output discarded: for a run that another process
   * meets, or that is killed.
   */
  static Process start(Path workingDirectory, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(LAUNCHER.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().remove("PARAGRAPHE_INDEX");
    builder
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  static Result run(Path workingDirectory, String... args)
      throws IOException, InterruptedException {
    return run(workingDirectory, Map.of(), args);
  }

  private static CompletableFuture<String> read(java.io.InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
