package fr.paragraphe.documents;

import static fr.paragraphe.documents.Fixtures.heading;
import static fr.paragraphe.documents.Fixtures.paragraph;
import static fr.paragraphe.documents.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.spi.DocumentReader.Block;
import fr.paragraphe.spi.DocumentReader.Blocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blocks past the spool threshold go through a temporary file, deleted on close. */
class BlockBufferTest {
  @TempDir Path dir;

  @Test
  void spoolsPastTheThresholdAndDeletesTheFile() throws IOException {
    Path file = write(dir.resolve("roman.xml"), TeiTest.NOVEL);
    List<Block> inMemory = Fixtures.read(Documents.reader(), file);
    Blocks blocks = Documents.reader(Limits.DEFAULT.withSpoolChars(40)).read(file);
    Path spool = ((BlockBuffer) blocks).spoolFile();
    assertTrue(Files.exists(spool));
    List<Block> spooled = new ArrayList<>();
    for (Block block = blocks.next(); block != null; block = blocks.next()) {
      spooled.add(block);
    }
    assertNull(blocks.next());
    blocks.close();
    assertFalse(Files.exists(spool));
    assertEquals(inMemory, spooled);
    assertEquals(heading("Chapitre premier"), spooled.get(2));
  }

  @Test
  void keepsSmallDocumentsInMemory() throws IOException {
    Path file = write(dir.resolve("page.html"), "<p>Un.</p><p>Deux.</p>");
    try (Blocks blocks = Documents.reader().read(file)) {
      assertNull(((BlockBuffer) blocks).spoolFile());
      assertEquals(paragraph("Un."), blocks.next());
    }
  }

  @Test
  void textIsCollapsedAndWordsCutAtLineEndsJoined() throws IOException {
    BlockText lines = new BlockText(true, 1000);
    lines.append(" une contre-\n  offensive et un Franco-\nAllemand, la guer- \n re\u00a0! \n");
    assertEquals("une contre-offensive et un Franco- Allemand, la guer-re\u00a0!", lines.take());
    BlockText prose = new BlockText(false, 1000);
    prose.append("une contre-\noffensive\t\r\n ");
    assertEquals("une contre- offensive", prose.take());
    assertTrue(prose.isEmpty());
  }
}
