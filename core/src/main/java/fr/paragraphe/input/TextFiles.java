package fr.paragraphe.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/** Which files of a directory are indexed. */
public final class TextFiles {

  /** The files taken from a directory when no glob is given. */
  public static final List<String> DEFAULT_GLOBS = List.of("*.txt", "*.md");

  private TextFiles() {}

  /**
   * The files to index under {@code path}: the path itself if it is not a directory (whatever its
   * name; reading it will say if it is missing), else the files below it that match one of the
   * globs, in a stable order.
   *
   * <p>Globs are matched without regard to case, against the file name, or against the path below
   * {@code path} when they hold a {@code /} ({@code chapitres/*.txt}). Hidden files and folders
   * (names starting with a dot) are left out, symbolic links to folders are not followed; broken
   * symbolic links and folders that cannot be read are reported to {@code skipped} with the reason,
   * and the walk goes on.
   *
   * @param globs file patterns, or an empty list for {@link #DEFAULT_GLOBS}
   */
  public static List<Path> find(Path path, List<String> globs, BiConsumer<Path, String> skipped)
      throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Selector> selectors =
        (globs.isEmpty() ? DEFAULT_GLOBS : globs).stream().map(Selector::new).toList();
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        path,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            return !dir.equals(path) && hidden(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (hidden(file) || !selected(file)) {
              return FileVisitResult.CONTINUE;
            }
            if (attributes.isSymbolicLink() && !Files.exists(file)) {
              skipped.accept(file, "broken symbolic link");
            } else if (Files.isRegularFile(file)) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            skipped.accept(file, "cannot be read: " + reason(e));
            return FileVisitResult.CONTINUE;
          }

          private boolean selected(Path file) {
            Path relative = path.relativize(file);
            return selectors.stream().anyMatch(selector -> selector.matches(relative));
          }
        });
    files.sort(null);
    return files;
  }

  /** The part of an I/O error worth showing a user: the system's reason, not the path again. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** One glob, case-insensitive, on the file name or on the relative path if it names folders. */
  private static final class Selector {
    private final PathMatcher matcher;
    private final boolean onName;

    Selector(String glob) {
      this.matcher =
          FileSystems.getDefault().getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT));
      this.onName = !glob.contains("/");
    }

    boolean matches(Path relative) {
      Path subject = onName ? relative.getFileName() : relative;
      return matcher.matches(Path.of(subject.toString().toLowerCase(Locale.ROOT)));
    }
  }
}
