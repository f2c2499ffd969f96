package fr.paragraphe;

import fr.paragraphe.analysis.AsciiFolding;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.input.Paragraph;
import java.nio.CharBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.lucene.analysis.CharacterUtils;
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
   *
   * <p>Hashes the same string as {@code new FrenchParagraphAnalyzer(INDEX).normalize(TEXT, text.strip())} with
   * runs of {@code \s} replaced by one space, as it first did (hashes already in indexes must not change;
   * {@code ParagraphDocumentTest} compares the two), but in one pass: the analyzer's {@code MappingCharFilter}
   * and a regex took longer than analysing the paragraph itself.
   */
  static String normalisedHash(String text) {
    String stripped = text.strip();
    char[] chars = new char[stripped.length()];
    int length = 0;
    for (int i = 0; i < stripped.length(); i++) {
      int c = FrenchParagraphAnalyzer.mapChar(stripped.charAt(i));
      if (c >= 0) {
        chars[length++] = (char) c;
      }
    }
    // The whole text is one token for normalize(): only a leading article is elided (L'État islamique).
    int apostrophe = -1;
    for (int i = 0; i < length && apostrophe < 0; i++) {
      if (chars[i] == '\'' || chars[i] == '\u2019') {
        apostrophe = i;
      }
    }
    int start =
        apostrophe >= 0 && FrenchParagraphAnalyzer.ARTICLES.contains(chars, 0, apostrophe) ? apostrophe + 1 : 0;
    CharacterUtils.toLowerCase(chars, start, length);
    char[] folded = new char[(length - start) * 4];
    int foldedLength = AsciiFolding.fold(chars, start, length - start, folded);
    // Runs of the characters regex \s matches, and only those, become one space.
    int out = 0;
    for (int i = 0; i < foldedLength; i++) {
      char c = folded[i];
      if (c != ' ' && (c < '\t' || c > '\r')) {
        folded[out++] = c;
      } else if (out == 0 || folded[out - 1] != ' ') { // the only spaces written are those of earlier runs
        folded[out++] = ' ';
      }
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // BytesRef encodes as Lucene did before the old utf8ToString(): a lone surrogate becomes U+FFFD.
      BytesRef utf8 = new BytesRef(CharBuffer.wrap(folded, 0, out));
      sha.update(utf8.bytes, utf8.offset, utf8.length);
      return HexFormat.of().formatHex(sha.digest());
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
