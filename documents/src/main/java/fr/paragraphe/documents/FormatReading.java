package fr.paragraphe.documents;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one document of a format into blocks: Tika's parsers, or the TEI reader. */
interface FormatReading {
  /**
   * @param format the name {@link DocumentFiles#format} gave the file
   * @throws fr.paragraphe.spi.UnreadableDocumentException for a document that cannot give its text
   */
  void read(Path file, String format, BlockBuffer out) throws IOException;
}
