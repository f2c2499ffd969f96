package fr.paragraphe.cli;

import fr.paragraphe.spi.DocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents module's reader (HTML, TEI, DOCX, ODT, RTF, EPUB, PDF), loaded when first used.
 *
 * <p>The module and Apache Tika's hundred jars are not on the class path the launcher gives local
 * commands (every jar there is opened at start-up: see benchmarks/README.md, "Start-up"); they are
 * in the {@code lib/} folder beside the jar, loaded here by a class loader of their own, jar by jar
 * as classes are needed. Where the module is on the class path already (tests, a cluster command),
 * that one is used.
 */
final class DocumentFormats implements DocumentReader {
  private static final String ENTRY = "fr.paragraphe.documents.Documents";

  private DocumentReader reader;
  private ClassLoader loader;

  @Override
  public List<String> globs() {
    return reader().globs();
  }

  @Override
  public String format(Path file) {
    return reader().format(file);
  }

  /**
   * Reads with the module's loader as the thread's context loader, which the parse thread inherits:
   * Tika finds its parsers and detectors through it.
   */
  @Override
  public Blocks read(Path file) throws IOException {
    DocumentReader documents = reader();
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return documents.read(file);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private synchronized DocumentReader reader() {
    if (reader == null) {
      loader = loader();
      try {
        reader =
            (DocumentReader) Class.forName(ENTRY, true, loader).getMethod("reader").invoke(null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("the documents module cannot be loaded: " + e, e);
      }
    }
    return reader;
  }

  private static ClassLoader loader() {
    ClassLoader here = DocumentFormats.class.getClassLoader();
    try {
      Class.forName(ENTRY, false, here);
      return here;
    } catch (ClassNotFoundException e) {
      return new URLClassLoader("documents", libraries(), here);
    }
  }

  /** The jars of {@code lib/} beside index-cli's jar, the documents module first. */
  private static URL[] libraries() {
    try {
      Path jar =
          Path.of(
              DocumentFormats.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<URL> urls = new ArrayList<>();
      try (Stream<Path> jars = Files.list(jar.resolveSibling("lib"))) {
        for (Path lib :
            jars.filter(p -> p.toString().endsWith(".jar"))
                .sorted(
                    (a, b) ->
                        Boolean.compare(
                            !a.getFileName().toString().startsWith("paragraphe-documents"),
                            !b.getFileName().toString().startsWith("paragraphe-documents")))
                .toList()) {
          urls.add(lib.toUri().toURL());
        }
      }
      return urls.toArray(URL[]::new);
    } catch (URISyntaxException | MalformedURLException e) {
      throw new IllegalStateException("index-cli's jar has no file path: " + e, e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the libraries of index-cli cannot be listed: " + e.getMessage(), e);
    }
  }
}
