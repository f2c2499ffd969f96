package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import fr.paragraphe.cli.CliProcess.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index-cli index on input nobody cleaned, as a real process. */
class InputIT {
  @TempDir Path work;

  @Test
  void aMixedFolderIsIndexedInOneRunWithOneWarningPerBadFile() throws Exception {
    Path folder = Files.createDirectories(work.resolve("dossier"));
    Files.writeString(folder.resolve("bon.txt"), "Le Tigre coule.\n");
    Files.write(
        folder.resolve("latin1.txt"),
        new byte[] {
          'p', 'r', (byte) 0xE9, 'f', 'e', 't', ' ', (byte) 0x92, 'a', (byte) 0x92, '\n'
        });
    Files.write(
        folder.resolve("bom.txt"),
        "\uFEFFLa rive\r\ngauche.\r\n\r\nFin.\r\n".getBytes(StandardCharsets.UTF_8));
    Files.write(folder.resolve("vide.txt"), new byte[0]);
    Files.write(folder.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    Files.createSymbolicLink(folder.resolve("lien.txt"), folder.resolve("absent.txt"));

    Result result = CliProcess.run(work, "index", "dossier");
    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(
        "indexed 4 paragraphs from 3 sources into .paragraphe; skipped 3 files\n", result.stdout());
    assertEquals(
        List.of(
            "index-cli: warning: dossier/lien.txt: broken symbolic link, skipped",
            "index-cli: warning: dossier/image.txt: binary file, skipped",
            "index-cli: warning: dossier/latin1.txt: not valid UTF-8, read as windows-1252",
            "index-cli: warning: dossier/vide.txt: empty file, skipped"),
        result.stderrLines());

    assertEquals("prefet ’a’".replace("prefet", "préfet"), firstHitText("préfet"));
    assertEquals("La rive gauche.", firstHitText("\"rive gauche\""));
  }

  @Test
  void quietKeepsWarningsOffStderr() throws Exception {
    Files.createDirectories(work.resolve("dossier"));
    Files.writeString(work.resolve("dossier/bon.txt"), "Le Tigre coule.\n");
    Files.write(work.resolve("dossier/vide.txt"), new byte[0]);
    Result result = CliProcess.run(work, "index", "--quiet", "dossier");
    assertEquals(
        new Result(0, "indexed 1 paragraph from 1 source into .paragraphe; skipped 1 file\n", ""),
        result);
  }

  @Test
  void aNamedFileThatCannotBeIndexedIsAnErrorAndKeepsTheIndex() throws Exception {
    Files.writeString(work.resolve("bon.txt"), "Le Tigre coule.\n");
    Files.write(work.resolve("vide.txt"), new byte[0]);
    assertEquals(0, CliProcess.run(work, "index", "bon.txt").exitCode());
    Result result = CliProcess.run(work, "index", "bon.txt", "vide.txt");
    assertEquals(new Result(2, "", "index-cli: vide.txt: empty file\n"), result);
    assertEquals("Le Tigre coule.", firstHitText("Tigre"));
  }

  @Test
  void standardInputIsASourceNamedBySource() throws Exception {
    Result result =
        CliProcess.runWithInput(
            work,
            "Sur la rive gauche.\n\nDu Tigre.\n".getBytes(StandardCharsets.UTF_8),
            "index",
            "--source",
            "depeche",
            "-");
    assertEquals(
        new Result(0, "indexed 2 paragraphs from 1 source into .paragraphe\n", ""), result);
    Map<String, Object> json =
        JSON.std.mapFrom(CliProcess.run(work, "query", "--json", "Tigre").stdout());
    Map<?, ?> hit = (Map<?, ?>) ((List<?>) json.get("hits")).get(0);
    assertEquals("depeche", hit.get("source"));
    assertEquals(2, hit.get("paragraph"));
  }

  @Test
  void anEmptyFolderSaysWhatWasLookedFor() throws Exception {
    Files.createDirectories(work.resolve("vide"));
    Files.writeString(work.resolve("vide/notes.csv"), "Tigre\n");
    Result result = CliProcess.run(work, "index", "vide");
    assertEquals(2, result.exitCode());
    assertEquals(
        List.of(
            "index-cli: nothing to index in vide (no file matches *.txt or *.md or *.docx or *.epub or *.htm or"
                + " *.html or *.odt or *.pdf or *.rtf or *.xhtml or *.xml) (see index-cli index --help)"),
        result.stderrLines());
    assertEquals(0, CliProcess.run(work, "index", "--glob", "*.csv", "vide").exitCode());
  }

  @Test
  void anUnknownEncodingIsAUsageError() throws Exception {
    Result result = CliProcess.run(work, "index", "--encoding", "klingon", "x.txt");
    assertEquals(2, result.exitCode());
    assertEquals(1, result.stderrLines().size(), result.stderr());
    assertTrue(result.stderr().contains("klingon"), result.stderr());
  }

  private String firstHitText(String query) throws Exception {
    Result found = CliProcess.run(work, "query", "--json", query);
    assertEquals(0, found.exitCode(), found.stderr());
    return (String)
        ((Map<?, ?>) ((List<?>) JSON.std.mapFrom(found.stdout()).get("hits")).get(0)).get("text");
  }
}
