package fr.paragraphe.index;

import fr.paragraphe.spi.IndexedParagraph;
import fr.paragraphe.spi.ParagraphFields;
import java.nio.ByteBuffer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * Internal: not part of the API; used by fr.paragraphe.search, which reads hashes as written here.
 *
 * <p>The Lucene document of one paragraph ({@link ParagraphFields}): how its fields are filled and
 * read.
 */
public final class ParagraphDocument {
  private ParagraphDocument() {}

  static Document of(IndexedParagraph paragraph) {
    Document doc = new Document();
    // Source and number in doc values only (searches read them as sort values); they make the id
    // (source#number), which nothing looks up, so it is not indexed.
    doc.add(new StringField(ParagraphFields.SOURCE, paragraph.source(), Field.Store.NO));
    doc.add(new SortedDocValuesField(ParagraphFields.SOURCE, new BytesRef(paragraph.source())));
    doc.add(new NumericDocValuesField(ParagraphFields.PARAGRAPH, paragraph.paragraph()));
    if (paragraph.section() != null) {
      doc.add(new StoredField(ParagraphFields.SECTION, paragraph.section()));
    }
    if (paragraph.page() > 0) {
      doc.add(new StoredField(ParagraphFields.PAGE, paragraph.page()));
    }
    doc.add(new Field(ParagraphFields.TEXT, paragraph.text(), ParagraphFields.TEXT_TYPE));
    // Indexed (8 bytes) to find the copies of a hit. Not kept otherwise: the hash of a hit is
    // computed again from its stored text, which is read anyway, in about a microsecond.
    doc.add(
        new StringField(
            ParagraphFields.HASH, hashBytes(hashValue(paragraph.hash())), Field.Store.NO));
    return doc;
  }

  /** The page a stored paragraph starts on, or 0 where its source has no pages. */
  public static int pageOf(Document doc) {
    var page = doc.getField(ParagraphFields.PAGE);
    return page == null ? 0 : page.numericValue().intValue();
  }

  /** The number a hex hash ({@link IndexedParagraph#hashOf}) stands for. */
  private static long hashValue(String hash) {
    return Long.parseUnsignedLong(hash, 16);
  }

  /** The term {@link ParagraphFields#HASH} is indexed under: the 8 bytes of the hash. */
  public static BytesRef hashBytes(long hash) {
    return new BytesRef(ByteBuffer.allocate(Long.BYTES).putLong(hash).array());
  }

  /**
   * Paragraph {@code number} of {@code source}: its section and text from the stored document, its
   * hash computed from the text.
   */
  static IndexedParagraph paragraphOf(String source, int number, Document doc) {
    String text = doc.get(ParagraphFields.TEXT);
    return new IndexedParagraph(
        source,
        number,
        doc.get(ParagraphFields.SECTION),
        text,
        IndexedParagraph.hashOf(text),
        pageOf(doc));
  }
}
