package fr.paragraphe.spi;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads documents that are not plain text (HTML, TEI, Word, PDF...) into their paragraphs and
 * headings, taken from each format's own structure. A module of document formats provides one;
 * given in {@code IndexingOptions.withDocuments}, it lets the indexing run read those files without
 * core knowing any format. Text and Markdown files stay core's own.
 *
 * <p>Implementations are called from one thread at a time per document, but several documents may
 * be read by different runs at once: keep no state between calls.
 */
public interface DocumentReader {

  /**
   * The file patterns it reads, as {@code --glob} takes them ({@code *.pdf}): added to the text
   * files a directory gives when no glob is set.
   */
  List<String> globs();

  /**
   * The name of the format of {@code file} ({@code pdf}, {@code html}, {@code tei}...), or null if
   * this reader does not read it: it is then read as a text file.
   */
  String format(Path file);

  /**
   * Reads the document to its end before handing anything over, so that a document that fails
   * half-way is skipped whole and leaves no paragraph behind.
   *
   * @throws UnreadableDocumentException for a document that cannot give its text (encrypted,
   *     damaged, a scan without a text layer, past a size or time limit), with the reason in one
   *     line
   * @throws IOException if the file cannot be read at all
   */
  Blocks read(Path file) throws IOException;

  /**
   * A paragraph or a heading, in reading order; a heading becomes the section of the paragraphs
   * that follow it.
   *
   * @param text the text, its lines joined, not blank
   * @param page the page it starts on, from 1, or 0 where the document has no pages
   */
  record Block(String text, boolean heading, int page) {}

  /** The blocks of one document, read once, in order. */
  interface Blocks extends Closeable {
    /** The next block, or null after the last. */
    Block next() throws IOException;
  }
}
