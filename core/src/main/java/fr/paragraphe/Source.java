package fr.paragraphe;

import fr.paragraphe.input.TextFiles;
import fr.paragraphe.spi.DocumentReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A named text to index. Its name identifies it in the index: indexing a source of the same name
 * again replaces all its paragraphs.
 */
public sealed interface Source permits Source.FileSource, Source.DocumentSource, Source.TextSource {

  String name();

  /**
   * What the source is read as: {@code text}, {@code markdown} (a {@code .md} file), or the format
   * a {@link DocumentReader} named ({@code pdf}, {@code html}...).
   */
  String format();

  /**
   * A file, decoded as {@link fr.paragraphe.input.TextFile} decides unless {@code encoding} is
   * given.
   *
   * @param encoding the encoding to read it with, or null to detect it
   * @param optional whether a file that holds no text (empty, binary) or cannot be read is skipped
   *     with a warning, as files found in a directory are, rather than failing the whole run
   */
  record FileSource(String name, Path path, Charset encoding, boolean optional) implements Source {
    public FileSource {
      requireName(name);
      Objects.requireNonNull(path, "path");
    }

    /** The same file indexed under another name (for standard input spooled to a file, say). */
    public FileSource named(String newName) {
      return new FileSource(newName, path, encoding, optional);
    }

    @Override
    public String format() {
      return path.getFileName() != null
              && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")
          ? "markdown"
          : "text";
    }
  }

  /**
   * A document read by a {@link DocumentReader} (HTML, PDF...), its paragraphs and headings taken
   * from the format's structure.
   *
   * @param format the format the reader named for it
   * @param optional as for {@link FileSource#optional()}
   */
  record DocumentSource(
      String name, Path path, String format, DocumentReader reader, boolean optional)
      implements Source {
    public DocumentSource {
      requireName(name);
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(reader, "reader");
    }
  }

  /**
   * A text not in a file; the opener may be called more than once, and must return the same text
   * each time.
   */
  record TextSource(String name, Opener opener) implements Source {
    public TextSource {
      requireName(name);
      Objects.requireNonNull(opener, "opener");
    }

    @Override
    public String format() {
      return "text";
    }
  }

  /** Opens a text from its beginning. */
  @FunctionalInterface
  interface Opener {
    BufferedReader open() throws IOException;
  }

  /** A file named by its absolute path ({@link #nameOf}); its encoding is detected. */
  static FileSource file(Path file) {
    return new FileSource(nameOf(file), file, null, false);
  }

  /** A file read with the given encoding. */
  static FileSource file(Path file, Charset encoding) {
    return new FileSource(nameOf(file), file, encoding, false);
  }

  /** A text held in memory. */
  static TextSource text(String name, String text) {
    Objects.requireNonNull(text, "text");
    return new TextSource(name, () -> new BufferedReader(new StringReader(text)));
  }

  /**
   * The text of a reader, read to its end now and held in memory; for large texts, index a file
   * instead.
   */
  static TextSource reader(String name, Reader reader) {
    StringWriter text = new StringWriter();
    try (Reader in = reader) {
      in.transferTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "reading the text of " + name + " failed: " + e.getMessage(), e);
    }
    return text(name, text.toString());
  }

  /**
   * The sources that files and directories give: a file named here is a source that fails the run
   * if it cannot be indexed; the files found in a directory (see {@link TextFiles#find}, with
   * {@link IndexingOptions#globs()}) are optional sources, skipped with a warning. Files that the
   * options' {@link IndexingOptions#documents() document reader} reads are {@link DocumentSource}s,
   * and its globs join the default ones; the others are read as text. Broken links and unreadable
   * folders met on the way are reported to the options' listener as skipped. A file met twice is
   * one source.
   *
   * @throws InvalidInputException if a directory cannot be listed at all
   */
  static List<Source> find(List<Path> paths, IndexingOptions options) {
    Map<String, Source> sources = new LinkedHashMap<>();
    DocumentReader documents = options.documents();
    List<String> globs = options.globs();
    if (globs.isEmpty() && documents != null) {
      globs = new ArrayList<>(TextFiles.DEFAULT_GLOBS);
      globs.addAll(documents.globs());
    }
    for (Path path : paths) {
      boolean directory = Files.isDirectory(path);
      try {
        for (Path file :
            TextFiles.find(path, globs, (f, why) -> options.listener().skipped(nameOf(f), why))) {
          String name = nameOf(file);
          String format = documents == null ? null : documents.format(file);
          sources.put(
              name,
              format == null
                  ? new FileSource(name, file, options.encoding(), directory)
                  : new DocumentSource(name, file, format, documents, directory));
        }
      } catch (IOException e) {
        throw new InvalidInputException(
            nameOf(path), 0, "cannot be listed: " + TextFiles.reason(e), e);
      }
    }
    return List.copyOf(sources.values());
  }

  /**
   * The name of a file as a source: its absolute path, normalised, with {@code /} as separator, so
   * that {@code ./seeds//a.txt}, {@code seeds/a.txt} and {@code /home/me/seeds/a.txt} name the same
   * source from whatever working directory. Links are not resolved: a file reached by two paths is
   * two sources.
   */
  static String nameOf(Path file) {
    return file.toAbsolutePath()
        .normalize()
        .toString()
        .replace(file.getFileSystem().getSeparator(), "/");
  }

  private static void requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a source needs a name");
    }
  }
}
