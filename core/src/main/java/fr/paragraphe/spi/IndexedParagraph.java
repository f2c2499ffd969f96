package fr.paragraphe.spi;

import fr.paragraphe.ParagraphRef;
import fr.paragraphe.analysis.AsciiFolding;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.input.Paragraph;
import java.nio.CharBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.util.BytesRef;

/**
 * One paragraph as an index holds it ({@link ParagraphFields}), wherever that index is.
 *
 * @param source the source name
 * @param paragraph its number in the source, from 1
 * @param section the heading it falls under, or null
 * @param text the paragraph
 * @param hash {@link #hashOf} the text: paragraphs with equal hashes are duplicates
 */
public record IndexedParagraph(
    String source, int paragraph, String section, String text, String hash) {

  /** The paragraph of a source, with its hash computed. */
  public static IndexedParagraph of(String source, Paragraph paragraph) {
    return new IndexedParagraph(
        source,
        paragraph.number(),
        paragraph.section(),
        paragraph.text(),
        hashOf(paragraph.text()));
  }

  /** {@code source#paragraph}: the stable id of the paragraph. */
  public String id() {
    return ref().id();
  }

  public ParagraphRef ref() {
    return new ParagraphRef(source, paragraph);
  }

  /**
   * The first 128 bits of the SHA-256 of the text with case, accents, ligatures, apostrophes and
   * runs of white space folded, as 32 hex digits: {@code L’État islamique} and {@code l'etat
   * islamique} are duplicates. 128 bits keep collisions out of reach (about 10^-20 for a billion
   * paragraphs) at half the bytes of the whole digest, stored and indexed with every paragraph.
   *
   * <p>Hashes the same string as {@code new FrenchParagraphAnalyzer(INDEX).normalize(TEXT,
   * text.strip())} with runs of {@code \s} replaced by one space, as it first did ({@code
   * ParagraphDocumentTest} compares the two), but in one pass: the analyzer's {@code
   * MappingCharFilter} and a regex took longer than analysing the paragraph itself.
   */
  public static String hashOf(String text) {
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
    MessageDigest sha = SHA_256.get();
    // BytesRef encodes as Lucene did before the old utf8ToString(): a lone surrogate becomes
    // U+FFFD.
    BytesRef utf8 = new BytesRef(CharBuffer.wrap(folded, 0, out));
    sha.update(utf8.bytes, utf8.offset, utf8.length);
    return HexFormat.of().formatHex(sha.digest(), 0, HASH_BYTES);
  }

  /** Bytes of the digest kept in {@link #hashOf}. */
  static final int HASH_BYTES = 16;

  /**
   * Looking the algorithm up for each paragraph was a tenth of the hash's time; a digest resets
   * after use.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("every JVM has SHA-256", e);
            }
          });
}
