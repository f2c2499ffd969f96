package fr.paragraphe;

import static fr.paragraphe.SeedSearchTest.rendered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as people have them: other encodings, line ends, typography, junk in folders, huge
 * paragraphs.
 */
class RealInputTest {
  @TempDir Path dir;

  private final List<String> heard = new ArrayList<>();
  private final IndexingListener listener =
      new IndexingListener() {
        @Override
        public void skipped(String source, String reason) {
          heard.add("skipped " + source + ": " + reason);
        }

        @Override
        public void warning(String source, String message) {
          heard.add("warning " + source + ": " + message);
        }
      };

  @Test
  void windows1252IsReadAsSuchWithAWarning() throws IOException {
    Path file =
        write(
            "latin1.txt",
            new byte[] {
              'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x92, 'N', 'o', 'u', 's', (byte) 0x92
            });
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.addPaths(List.of(file), IndexingOptions.DEFAULT.withListener(listener));
      Hit hit = index.search("café", SearchOptions.DEFAULT).hits().get(0);
      assertEquals("café ’Nous’", hit.text());
    }
    assertEquals(List.of("warning " + file + ": not valid UTF-8, read as windows-1252"), heard);
  }

  @Test
  void aForcedEncodingIsUsedWithoutWarning() throws IOException {
    Path file = write("euro.txt", "prix : 5 € l'été".getBytes(Charset.forName("ISO-8859-15")));
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.addPaths(
          List.of(file),
          IndexingOptions.DEFAULT
              .withEncoding(Charset.forName("ISO-8859-15"))
              .withListener(listener));
      assertEquals(
          "prix : 5 € l'été",
          index.search("\"l'été\"", SearchOptions.DEFAULT).hits().get(0).text());
    }
    assertEquals(List.of(), heard);
  }

  @Test
  void aByteOrderMarkAndCrlfLeaveNoTrace() throws IOException {
    byte[] text = "\uFEFFPremière ligne.\r\nDeuxième ligne.\r\n".getBytes(StandardCharsets.UTF_8);
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      IndexingReport report =
          index.addPaths(List.of(write("bom.txt", text)), IndexingOptions.DEFAULT);
      assertEquals(2, report.paragraphs());
      SearchResult result =
          index.search("ligne", SearchOptions.DEFAULT.withCollapseDuplicates(false));
      assertEquals(
          List.of("Première ligne.", "Deuxième ligne."),
          result.hits().stream()
              .map(Hit::text)
              .sorted(java.util.Comparator.reverseOrder())
              .toList());
    }
  }

  @Test
  void utf16WithAByteOrderMarkIsText() throws IOException {
    byte[] text = "\uFEFFL'Euphrate".getBytes(StandardCharsets.UTF_16LE);
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.addPaths(List.of(write("utf16.txt", text)), IndexingOptions.DEFAULT);
      assertEquals(
          "L'Euphrate", index.search("euphrate", SearchOptions.DEFAULT).hits().get(0).text());
    }
  }

  @Test
  void noBreakSpacesAndSoftHyphensAreKeptInTheTextButNotInTheWords() throws IOException {
    String original = "La pré\u00ADfecture\u00A0: «\u202Frive gauche\u202F».";
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.addPaths(
          List.of(write("typo.txt", original.getBytes(StandardCharsets.UTF_8))),
          IndexingOptions.DEFAULT);
      Hit hit = index.search("\"la préfecture\"", SearchOptions.DEFAULT).hits().get(0);
      assertEquals(original, hit.text());
      assertEquals(List.of(new Span(0, 14)), hit.highlights());
      assertEquals("1", rendered(index.search("« rive gauche »", SearchOptions.DEFAULT)));
    }
  }

  @Test
  void aFolderOfMixedFilesIndexesTheGoodOnesAndNamesTheOthers() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("dossier"));
    write("dossier/bon.txt", "Le Tigre coule.\n".getBytes(StandardCharsets.UTF_8));
    write("dossier/latin1.md", new byte[] {'p', 'r', (byte) 0xE9, 'f', 'e', 't', '\n'});
    write("dossier/vide.txt", new byte[0]);
    write("dossier/blanc.txt", " \n\n\t\n".getBytes(StandardCharsets.UTF_8));
    write("dossier/image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    write("dossier/notes.csv", "Tigre;Euphrate\n".getBytes(StandardCharsets.UTF_8));
    write("dossier/.cache/cache.txt", "Tigre caché\n".getBytes(StandardCharsets.UTF_8));
    write("dossier/sous/profond.TXT", "Le Tigre encore.\n".getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(folder.resolve("lien.txt"), folder.resolve("absent.txt"));
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      IndexingReport report =
          index.addPaths(List.of(folder), IndexingOptions.DEFAULT.withListener(listener));
      assertEquals(
          new IndexingReport(3, 3, "Le Tigre coule.préfetLe Tigre encore.".length(), 4, 3, 0, 0),
          report);
      assertEquals(
          List.of(
              "skipped " + folder + "/lien.txt: broken symbolic link",
              "skipped " + folder + "/blanc.txt: no text (blank lines only)",
              "skipped " + folder + "/image.txt: binary file",
              "warning " + folder + "/latin1.md: not valid UTF-8, read as windows-1252",
              "skipped " + folder + "/vide.txt: empty file"),
          heard);
      assertEquals(
          List.of(folder + "/bon.txt", folder + "/sous/profond.TXT"),
          index.search("Tigre", SearchOptions.DEFAULT).hits().stream()
              .map(Hit::source)
              .sorted()
              .toList());
      assertEquals("préfet", index.search("préfet", SearchOptions.DEFAULT).hits().get(0).text());
    }
  }

  @Test
  void globsChooseTheFilesOfAFolder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("dossier"));
    write("dossier/a.txt", "alpha\n".getBytes(StandardCharsets.UTF_8));
    write("dossier/b.csv", "beta\n".getBytes(StandardCharsets.UTF_8));
    write("dossier/chapitres/c.txt", "gamma\n".getBytes(StandardCharsets.UTF_8));
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      IndexingReport report =
          index.addPaths(
              List.of(folder),
              IndexingOptions.DEFAULT.withGlobs(List.of("*.CSV", "chapitres/*.txt")));
      assertEquals(2, report.sources());
      assertEquals("-", rendered(index.search("alpha", SearchOptions.DEFAULT)));
      assertEquals("1", rendered(index.search("beta", SearchOptions.DEFAULT)));
      assertEquals("1", rendered(index.search("gamma", SearchOptions.DEFAULT)));
    }
  }

  @Test
  void aNamedFileThatIsNotTextFailsTheRun() throws IOException {
    Path empty = write("vide.txt", new byte[0]);
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () -> index.addPaths(List.of(empty), IndexingOptions.DEFAULT));
      assertEquals(empty + ": empty file", e.getMessage());
    }
  }

  @Test
  void aParagraphOfFiveMegabytesIsIndexedAndHighlighted() throws IOException {
    StringBuilder text = new StringBuilder(5_100_000);
    while (text.length() < 5_000_000) {
      text.append("Les combattants avancent vers le nord de la ville. ");
    }
    int phraseStart = text.length();
    text.append("Enfin la rive gauche du Tigre.");
    Path file = write("long.txt", (text + "\n").getBytes(StandardCharsets.UTF_8));
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      assertEquals(1, index.addPaths(List.of(file), IndexingOptions.DEFAULT).paragraphs());
      Hit hit = index.search("\"rive gauche du Tigre\"", SearchOptions.DEFAULT).hits().get(0);
      assertEquals(text.length(), hit.text().length());
      assertEquals(List.of(new Span(phraseStart + 9, phraseStart + 29)), hit.highlights());
    }
  }

  @Test
  void aReaderIsASourceToo() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(List.of(Source.reader("lecteur", new StringReader("Un texte venu d'ailleurs."))));
      assertEquals(
          "lecteur", index.search("ailleurs", SearchOptions.DEFAULT).hits().get(0).source());
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }
}
