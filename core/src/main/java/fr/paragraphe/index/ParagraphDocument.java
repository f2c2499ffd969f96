package fr.paragraphe.index;

import fr.paragraphe.spi.IndexedParagraph;
import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Internal: not part of the API; used by fr.paragraphe.search, which reads hashes as written here.
 *
 * <p>The Lucene document of one paragraph ({@link ParagraphFields}): how its fields are filled and
 * read.
 */
public final class ParagraphDocument {
  /**
   * The first 64 bits of {@link ParagraphFields#HASH}, as a number in doc values; {@link
   * #HASH_REST} the last 64. The hash is read from them, not from stored fields: searches tell
   * duplicates apart without decompressing a block of stored fields per hit (a fifth of a query's
   * time), and the two numbers take 16 bytes a paragraph, a quarter of the 64 hex characters stored
   * before. Indexes written before them (format 1) are refused.
   */
  static final String HASH_PREFIX = "hash_prefix";

  static final String HASH_REST = "hash_rest";

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
    doc.add(new Field(ParagraphFields.TEXT, paragraph.text(), ParagraphFields.TEXT_TYPE));
    // Indexed to find duplicates; binary, not hex: half the bytes in the terms, where hashes are
    // all unique.
    doc.add(new StringField(ParagraphFields.HASH, hashBytes(paragraph.hash()), Field.Store.NO));
    doc.add(new NumericDocValuesField(HASH_PREFIX, hashPrefix(paragraph.hash())));
    doc.add(
        new NumericDocValuesField(
            HASH_REST, Long.parseUnsignedLong(paragraph.hash().substring(16), 16)));
    return doc;
  }

  /** The number {@link #HASH_PREFIX} holds for a hex hash. */
  static long hashPrefix(String hash) {
    return Long.parseUnsignedLong(hash.substring(0, 16), 16);
  }

  /**
   * The hex hash of a document of the reader (a doc id of the whole reader), from its doc values.
   */
  public static String hashOf(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return HexFormat.of().toHexDigits(value(leaf, HASH_PREFIX, doc - leaf.docBase))
        + HexFormat.of().toHexDigits(value(leaf, HASH_REST, doc - leaf.docBase));
  }

  private static long value(LeafReaderContext leaf, String field, int doc) throws IOException {
    NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
    if (!values.advanceExact(doc)) {
      throw new CorruptIndexException(
          "no " + field + " for document " + doc, leaf.reader().toString());
    }
    return values.longValue();
  }

  /** The term {@link ParagraphFields#HASH} is indexed under, for a hex hash. */
  public static BytesRef hashBytes(String hash) {
    return new BytesRef(HexFormat.of().parseHex(hash));
  }

  /** The paragraph a document holds, as {@link #of} wrote it, with its {@link #hashOf hash}. */
  static IndexedParagraph paragraphOf(Document doc, String hash) {
    return new IndexedParagraph(
        doc.get(ParagraphFields.SOURCE),
        doc.getField(ParagraphFields.PARAGRAPH).numericValue().intValue(),
        doc.get(ParagraphFields.SECTION),
        doc.get(ParagraphFields.TEXT),
        hash);
  }
}
