package fr.paragraphe.cli;

import java.nio.file.Path;

/**
 * How a source's name is shown: a file is named in the index by its absolute path, and shown
 * relative to the working directory when it lies below it ({@code seeds/a.txt}), as typed.
 */
final class SourceNames {
  private static final String HERE = Path.of("").toAbsolutePath().toString().replace('\\', '/');

  private SourceNames() {}

  static String shown(String source) {
    if (source.startsWith(HERE) && source.length() > HERE.length()) {
      if (HERE.endsWith("/")) {
        return source.substring(HERE.length());
      }
      if (source.charAt(HERE.length()) == '/') {
        return source.substring(HERE.length() + 1);
      }
    }
    return source;
  }
}
