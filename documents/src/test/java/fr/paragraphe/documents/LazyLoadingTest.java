package fr.paragraphe.documents;

import static fr.paragraphe.documents.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tika loads only when a document needs it: {@code globs()}, {@code format()} and reading TEI load
 * none of its classes, so that {@code index-cli query}, or a run over text and TEI files, never
 * pays for them. Checked in a class loader of its own, which records every class it defines.
 */
class LazyLoadingTest {
  @TempDir Path dir;

  /** Defines the classes of the test's class path itself, and records their names. */
  private static final class Recording extends URLClassLoader {
    final Set<String> defined = ConcurrentHashMap.newKeySet();

    Recording(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      defined.add(name);
      return super.findClass(name);
    }

    boolean loadedTika() {
      return defined.stream().anyMatch(name -> name.startsWith("org.apache.tika."));
    }
  }

  private static URL[] classPath() {
    String path =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(path.split(File.pathSeparator))
        .map(
            entry -> {
              try {
                return Path.of(entry).toUri().toURL();
              } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
              }
            })
        .toArray(URL[]::new);
  }

  @Test
  void onlyDocumentsOtherThanTeiLoadTika() throws Exception {
    Path tei = write(dir.resolve("roman.xml"), TeiTest.NOVEL);
    Path html = write(dir.resolve("page.html"), "<p>Un paragraphe.</p>");
    try (Recording loader = new Recording(classPath())) {
      Class<?> readerType = loader.loadClass("fr.paragraphe.spi.DocumentReader");
      Object reader =
          loader.loadClass("fr.paragraphe.documents.Documents").getMethod("reader").invoke(null);
      Method format = readerType.getMethod("format", Path.class);
      Method read = readerType.getMethod("read", Path.class);

      assertEquals(9, ((List<?>) readerType.getMethod("globs").invoke(reader)).size());
      assertEquals("tei", format.invoke(reader, tei));
      assertEquals("html", format.invoke(reader, html));
      assertEquals("pdf", format.invoke(reader, dir.resolve("rapport.pdf")));
      ((AutoCloseable) read.invoke(reader, tei)).close();
      assertTrue(loader.defined.contains("fr.paragraphe.documents.TeiReader"));
      assertFalse(loader.loadedTika(), () -> "Tika loaded: " + loader.defined);

      ((AutoCloseable) read.invoke(reader, html)).close();
      assertTrue(loader.loadedTika()); // the check itself can fail
    }
  }
}
