package fr.paragraphe.documents;

import fr.paragraphe.spi.DocumentReader;

/**
 * The reader of documents that are not plain text: HTML and XHTML, TEI P5 XML, DOCX, ODT, RTF, EPUB
 * and PDF, each cut into paragraphs and headings by its own structure. Give it to an indexing run
 * ({@code IndexingOptions.withDocuments}).
 *
 * <p>Nothing of Apache Tika loads until a document other than TEI is read: {@link
 * DocumentReader#globs} and {@link DocumentReader#format} use the JDK only.
 */
public final class Documents {
  private Documents() {}

  /** A reader with the {@link Limits#DEFAULT default limits}. */
  public static DocumentReader reader() {
    return reader(Limits.DEFAULT);
  }

  public static DocumentReader reader(Limits limits) {
    return new DocumentFiles(limits, null); // Tika's parsers when first needed
  }
}
