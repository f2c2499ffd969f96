package fr.paragraphe.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finding text files and opening them as text. */
public final class TextFiles {

  /** The file name endings taken when walking a directory. */
  public static final List<String> DEFAULT_EXTENSIONS = List.of(".txt", ".md");

  private static final int BUFFER_CHARS = 1 << 16;

  private TextFiles() {}

  /**
   * Opens a UTF-8 file, skipping a byte-order mark. Bytes that are not UTF-8 raise a {@link
   * java.nio.charset.CharacterCodingException} when read, instead of turning into replacement characters.
   */
  public static BufferedReader open(Path file) throws IOException {
    return open(Files.newInputStream(file));
  }

  /** As {@link #open(Path)}, for any stream of UTF-8 bytes. */
  public static BufferedReader open(InputStream bytes) throws IOException {
    BufferedInputStream in = new BufferedInputStream(bytes);
    in.mark(3);
    byte[] head = in.readNBytes(3);
    boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    if (!bom) {
      in.reset();
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(in, decoder), BUFFER_CHARS);
  }

  /**
   * The files to index under {@code path}: the path itself if it is a file (whatever its name), else the
   * regular files below it whose names end in one of {@link #DEFAULT_EXTENSIONS}, skipping hidden files and
   * folders (names starting with a dot), in a stable order.
   */
  public static List<Path> find(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(p -> !hiddenBelow(path, p))
          .filter(Files::isRegularFile)
          .filter(TextFiles::hasTextExtension)
          .sorted()
          .forEach(files::add);
    }
    return files;
  }

  private static boolean hiddenBelow(Path root, Path path) {
    for (Path part : root.relativize(path)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTextExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return DEFAULT_EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
