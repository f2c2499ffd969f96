package fr.paragraphe;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** The Lucene document of one paragraph ({@link ParagraphFields}): how its fields are filled and read. */
final class ParagraphDocument {
  /**
   * The first 64 bits of {@link ParagraphFields#HASH}, as a number in doc values: searches tell duplicates
   * apart by it without decompressing stored fields (which took a fifth of a query's time). Indexes written
   * before it lack it; readers then fall back on the stored hash.
   */
  static final String HASH_PREFIX = "hash_prefix";

  private static final FieldType TEXT_TYPE = textType();

  private ParagraphDocument() {}

  static Document of(IndexedParagraph paragraph) {
    Document doc = new Document();
    // Indexed to find a paragraph by id; not stored: the stored source and number give it back.
    doc.add(new StringField(ParagraphFields.ID, paragraph.id(), Field.Store.NO));
    doc.add(new StringField(ParagraphFields.SOURCE, paragraph.source(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ParagraphFields.SOURCE, new BytesRef(paragraph.source())));
    doc.add(new StoredField(ParagraphFields.PARAGRAPH, paragraph.paragraph()));
    doc.add(new NumericDocValuesField(ParagraphFields.PARAGRAPH, paragraph.paragraph()));
    if (paragraph.section() != null) {
      doc.add(new StoredField(ParagraphFields.SECTION, paragraph.section()));
    }
    doc.add(new Field(ParagraphFields.TEXT, paragraph.text(), TEXT_TYPE));
    doc.add(new StringField(ParagraphFields.HASH, paragraph.hash(), Field.Store.YES));
    doc.add(new NumericDocValuesField(HASH_PREFIX, hashPrefix(paragraph.hash())));
    return doc;
  }

  /** The number {@link #HASH_PREFIX} holds for a hex hash. */
  static long hashPrefix(String hash) {
    return Long.parseUnsignedLong(hash.substring(0, 16), 16);
  }

  /** The paragraph a document holds, as {@link #of} wrote it. */
  static IndexedParagraph paragraphOf(Document doc) {
    return new IndexedParagraph(
        doc.get(ParagraphFields.SOURCE),
        doc.getField(ParagraphFields.PARAGRAPH).numericValue().intValue(),
        doc.get(ParagraphFields.SECTION),
        doc.get(ParagraphFields.TEXT),
        doc.get(ParagraphFields.HASH));
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    // Offsets in the postings let highlighting read match positions without analysing the text again.
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
