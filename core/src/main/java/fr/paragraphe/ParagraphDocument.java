package fr.paragraphe;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.input.Paragraph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** The Lucene document of one paragraph: its fields and how they are filled. */
final class ParagraphDocument {
  /** {@code source#paragraph}: the stable id, also used by copies of the index elsewhere. */
  static final String ID = "id";
  /** The source name; indexed as one term, so a source is replaced by deleting that term. */
  static final String SOURCE = "source";
  static final String PARAGRAPH = "paragraph";
  static final String SECTION = "section";
  /** The paragraph text, analysed by {@link FrenchParagraphAnalyzer.Mode#INDEX}, stored, with offsets. */
  static final String TEXT = "text";
  /** SHA-256 of the normalised text (see {@link #normalisedHash}): paragraphs with equal hashes are duplicates. */
  static final String HASH = "hash";

  private static final FieldType TEXT_TYPE = textType();

  /** Folds case, accents, typographic apostrophes and spaces, as the analysis does. */
  private static final Analyzer NORMALISER = new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX);

  private ParagraphDocument() {}

  static Document of(String source, Paragraph paragraph) {
    Document doc = new Document();
    doc.add(new StringField(ID, new ParagraphRef(source, paragraph.number()).id(), Field.Store.YES));
    doc.add(new StringField(SOURCE, source, Field.Store.YES));
    doc.add(new SortedDocValuesField(SOURCE, new BytesRef(source)));
    doc.add(new StoredField(PARAGRAPH, paragraph.number()));
    doc.add(new NumericDocValuesField(PARAGRAPH, paragraph.number()));
    if (paragraph.section() != null) {
      doc.add(new StoredField(SECTION, paragraph.section()));
    }
    doc.add(new Field(TEXT, paragraph.text(), TEXT_TYPE));
    doc.add(new StringField(HASH, normalisedHash(paragraph.text()), Field.Store.YES));
    return doc;
  }

  /**
   * The hex SHA-256 of the text with case, accents, ligatures, apostrophes and runs of white space folded:
   * {@code L’État  islamique} and {@code l'etat islamique} are duplicates.
   */
  static String normalisedHash(String text) {
    BytesRef folded = NORMALISER.normalize(TEXT, text.strip());
    String collapsed = folded.utf8ToString().replaceAll("\\s+", " ");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(collapsed.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
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
