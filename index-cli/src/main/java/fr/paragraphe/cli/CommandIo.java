package fr.paragraphe.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;

/**
 * Where a command prints, and how it reports a usage error: through picocli, or on the quick path
 * ({@link QuickLine}), which leaves picocli out and must print the same bytes.
 */
final class CommandIo {
  private final CommandLine picocli;
  private final PrintWriter out;
  private final PrintWriter err;

  private CommandIo(CommandLine picocli, PrintWriter out, PrintWriter err) {
    this.picocli = picocli;
    this.out = out;
    this.err = err;
  }

  /** picocli's streams for the command it parsed. */
  static CommandIo of(CommandLine.Model.CommandSpec spec) {
    CommandLine command = spec.commandLine();
    return new CommandIo(command, command.getOut(), command.getErr());
  }

  /** Streams made as picocli makes them by default (its CommandLine.newPrintWriter). */
  static CommandIo quick() {
    return new CommandIo(
        null,
        writer(System.out, System.getProperty("sun.stdout.encoding")),
        writer(System.err, System.getProperty("sun.stderr.encoding")));
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /** A usage error, printed as picocli's parse errors are (see {@link Failures}). */
  RuntimeException usageError(String message) {
    return picocli == null
        ? new QuickLine.UsageError(message)
        : new CommandLine.ParameterException(picocli, message);
  }

  private static PrintWriter writer(OutputStream stream, String encoding) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, charset(encoding))), true);
  }

  /** As picocli's CommandLine.charsetForName. */
  private static Charset charset(String encoding) {
    if (encoding == null) {
      return Charset.defaultCharset();
    }
    try {
      return Charset.forName("cp65001".equalsIgnoreCase(encoding) ? "UTF-8" : encoding);
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }
}
