package fr.paragraphe.cli;

import java.io.Console;

/**
 * How to emphasise matches: bold on a terminal, unless NO_COLOR is set (no-color.org); plain
 * markers otherwise.
 */
record Terminal(String open, String close) {
  static final Terminal BOLD = new Terminal("\u001B[1m", "\u001B[0m");
  static final Terminal PLAIN = new Terminal("**", "**");

  /** Set by bin/index-cli, which knows whether stdout is a terminal ({@code [ -t 1 ]}). */
  static final String STDOUT_IS_TERMINAL = "paragraphe.stdout.terminal";

  /** Set by bin/index-cli, which knows whether stderr is a terminal ({@code [ -t 2 ]}). */
  static final String STDERR_IS_TERMINAL = "paragraphe.stderr.terminal";

  /**
   * Whether a progress line on stderr would be seen by a person; false unless the launcher says so.
   */
  static boolean stderrIsTerminal() {
    return Boolean.getBoolean(STDERR_IS_TERMINAL);
  }

  static Terminal emphasis() {
    String noColor = System.getenv("NO_COLOR");
    boolean colorAllowed = noColor == null || noColor.isEmpty();
    return colorAllowed && stdoutIsTerminal() ? BOLD : PLAIN;
  }

  private static boolean stdoutIsTerminal() {
    String told = System.getProperty(STDOUT_IS_TERMINAL);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Console.isTerminal() exists from JDK 22 on; we compile for 21.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
