package fr.paragraphe.spi;

import fr.paragraphe.ParagraphRef;
import fr.paragraphe.analysis.AsciiFolding;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.input.Paragraph;
import java.nio.CharBuffer;
import java.util.HexFormat;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * One paragraph as an index holds it ({@link ParagraphFields}), wherever that index is.
 *
 * @param source the source name
 * @param paragraph its number in the source, from 1
 * @param section the heading it falls under, or null
 * @param text the paragraph
 * @param hash {@link #hashOf} the text: paragraphs with equal hashes are duplicates
 * @param page the page the paragraph starts on, from 1, or 0 where the source has no pages
 */
public record IndexedParagraph(
    String source, int paragraph, String section, String text, String hash, int page) {

  /** A paragraph of a source without pages. */
  public IndexedParagraph(String source, int paragraph, String section, String text, String hash) {
    this(source, paragraph, section, text, hash, 0);
  }

  /** The paragraph of a source, with its hash computed. */
  public static IndexedParagraph of(String source, Paragraph paragraph) {
    return new IndexedParagraph(
        source,
        paragraph.number(),
        paragraph.section(),
        paragraph.text(),
        hashOf(paragraph.text()),
        paragraph.page());
  }

  /** {@code source#paragraph}: the stable id of the paragraph. */
  public String id() {
    return ref().id();
  }

  public ParagraphRef ref() {
    return new ParagraphRef(source, paragraph);
  }

  /**
   * The first 64 bits of the MurmurHash3 (x64, 128 bits) of the text with case, accents, ligatures,
   * apostrophes and runs of white space folded, as 16 hex digits: {@code L’État islamique} and
   * {@code l'etat islamique} are duplicates. 64 bits make a false duplicate among ten million
   * paragraphs a chance of about 3 in a million (n²/2^65), and take 8 bytes a paragraph in the
   * index; no adversary chooses the texts, so a cryptographic hash buys nothing.
   *
   * <p>Hashes the same string as {@code new FrenchParagraphAnalyzer(INDEX).normalize(TEXT,
   * text.strip())} with runs of {@code \s} replaced by one space, as it first did ({@code
   * ParagraphDocumentTest} compares the two), but in one pass: the analyzer's {@code
   * MappingCharFilter} and a regex took longer than analysing the paragraph itself.
   */
  public static String hashOf(String text) {
    return HexFormat.of().toHexDigits(hashNumber(text));
  }

  /** {@link #hashOf} as the number its hex digits spell. */
  public static long hashNumber(String text) {
    String stripped = text.strip();
    char[] chars = new char[stripped.length()];
    int length = 0;
    for (int i = 0; i < stripped.length(); i++) {
      int c = FrenchParagraphAnalyzer.mapChar(stripped.charAt(i));
      if (c >= 0) {
        chars[length++] = (char) c;
      }
    }
    // The whole text is one token for normalize(): only a leading article is elided (L'État
    // islamique).
    int apostrophe = -1;
    for (int i = 0; i < length && apostrophe < 0; i++) {
      if (chars[i] == '\'' || chars[i] == '\u2019') {
        apostrophe = i;
      }
    }
    int start =
        apostrophe >= 0 && FrenchParagraphAnalyzer.ARTICLES.contains(chars, 0, apostrophe)
            ? apostrophe + 1
            : 0;
    CharacterUtils.toLowerCase(chars, start, length);
    char[] folded = new char[(length - start) * 4];
    int foldedLength = AsciiFolding.fold(chars, start, length - start, folded);
    // Runs of the characters regex \s matches, and only those, become one space.
    int out = 0;
    for (int i = 0; i < foldedLength; i++) {
      char c = folded[i];
      if (c != ' ' && (c < '\t' || c > '\r')) {
        folded[out++] = c;
      } else if (out == 0
          || folded[out - 1] != ' ') { // the only spaces written are those of earlier runs
        folded[out++] = ' ';
      }
    }
    // BytesRef encodes as Lucene did before the old utf8ToString(): a lone surrogate becomes
    // U+FFFD.
    BytesRef utf8 = new BytesRef(CharBuffer.wrap(folded, 0, out));
    // An explicit seed: the hash is stored, so it must never depend on a library default.
    return StringHelper.murmurhash3_x64_128(utf8.bytes, utf8.offset, utf8.length, 0)[0];
  }
}
