package fr.paragraphe.documents;

import fr.paragraphe.spi.DocumentReader;
import fr.paragraphe.spi.DocumentReader.Block;
import fr.paragraphe.spi.DocumentReader.Blocks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small documents of each format, built by the tests themselves, and what reading them gives; also
 * used by index-cli's tests.
 */
public final class Fixtures {
  private Fixtures() {}

  static Block paragraph(String text) {
    return new Block(text, false, 0);
  }

  static Block heading(String text) {
    return new Block(text, true, 0);
  }

  static Block onPage(int page, String text) {
    return new Block(text, false, page);
  }

  /** Every block of the file, read by {@code reader}. */
  static List<Block> read(DocumentReader reader, Path file) throws IOException {
    List<Block> blocks = new ArrayList<>();
    try (Blocks read = reader.read(file)) {
      for (Block block = read.next(); block != null; block = read.next()) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** A ZIP whose first entry, stored uncompressed, is {@code mimetype}, as ODF and EPUB want. */
  public static Path zip(Path file, String mimetype, String... namesAndContents)
      throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(type);
      zip.closeEntry();
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  /** One page of a PDF: lines of text from the top, a null line leaving a blank line's space. */
  static void pdfPage(PDDocument pdf, String... lines) throws IOException {
    PDPage page = new PDPage();
    pdf.addPage(page);
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
      float y = 720;
      for (String line : lines) {
        if (line != null) {
          content.beginText();
          content.setFont(font, 12);
          content.newLineAtOffset(72, y);
          content.showText(line);
          content.endText();
        }
        y -= 15;
      }
    }
  }

  static Path save(PDDocument pdf, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      pdf.save(out);
    }
    pdf.close();
    return file;
  }
}
