package fr.paragraphe.documents;

import fr.paragraphe.spi.DocumentReader.Block;
import fr.paragraphe.spi.DocumentReader.Blocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Reads a big PDF under a small heap: not a unit test (minutes, hundreds of megabytes of disk).
 *
 * <pre>
 * java -Xmx256m -cp ... fr.paragraphe.documents.BigPdfCheck FILE.pdf PAGES
 * </pre>
 *
 * Writes FILE.pdf first if it does not exist: PAGES pages of 45 lines of text each, uncompressed,
 * about 3.4 kB a page. Prints the blocks, characters and pages read, and the time; run it under
 * {@code /usr/bin/time -v} for the peak resident memory.
 */
public final class BigPdfCheck {
  private BigPdfCheck() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    if (!Files.exists(file)) {
      write(file, Integer.parseInt(args[1]));
    }
    long start = System.nanoTime();
    long blocks = 0;
    long chars = 0;
    int pages = 0;
    // Past the default limits: this file holds 116 M characters, read in about three minutes here.
    Limits limits =
        Limits.DEFAULT.withMaxChars(1_000_000_000L).withTimeLimit(java.time.Duration.ofHours(1));
    try (Blocks read = Documents.reader(limits).read(file)) {
      for (Block block = read.next(); block != null; block = read.next()) {
        blocks++;
        chars += block.text().length();
        pages = block.page();
      }
    }
    System.out.printf(
        "%.0f MB of PDF: %d blocks, %d characters, %d pages in %.1f s; max heap %d MB%n",
        Files.size(file) / 1e6,
        blocks,
        chars,
        pages,
        (System.nanoTime() - start) / 1e9,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static void write(Path file, int pages) throws IOException {
    StreamCacheCreateFunction onDisk = IOUtils.createTempFileOnlyStreamCache();
    try (PDDocument pdf = new PDDocument(onDisk)) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content =
            new PDPageContentStream(pdf, page, AppendMode.OVERWRITE, false)) {
          float y = 740;
          for (int line = 0; line < 45; line++) {
            content.beginText();
            content.setFont(font, 11);
            content.newLineAtOffset(60, y);
            content.showText(
                line % 9 == 8
                    ? ""
                    : "Page "
                        + (p + 1)
                        + ", ligne "
                        + line
                        + " : sur la rive gauche du Tigre, l'armée");
            content.endText();
            y -= 15;
          }
        }
      }
      pdf.save(file.toFile());
    }
  }
}
