package fr.paragraphe;

import fr.paragraphe.input.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A named text to index. Its name identifies it in the index: indexing a source of the same name again
 * replaces all its paragraphs. The text may be opened more than once (to detect how it is cut into
 * paragraphs, then to cut it).
 */
public record Source(String name, Opener opener) {

  /** Opens the text from its beginning. */
  @FunctionalInterface
  public interface Opener {
    BufferedReader open() throws IOException;
  }

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a source needs a name");
    }
  }

  /** A UTF-8 file (with or without byte-order mark), named by its path as given, normalised. */
  public static Source file(Path file) {
    return new Source(nameOf(file), () -> TextFiles.open(file));
  }

  /** A text held in memory. */
  public static Source text(String name, String text) {
    Objects.requireNonNull(text, "text");
    return new Source(name, () -> new BufferedReader(new StringReader(text)));
  }

  /** {@code ./seeds//a.txt} and {@code seeds/a.txt} name the same source; separators are always {@code /}. */
  public static String nameOf(Path file) {
    String name = file.normalize().toString().replace(file.getFileSystem().getSeparator(), "/");
    return name.isEmpty() ? "." : name;
  }
}
