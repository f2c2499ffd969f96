package fr.paragraphe.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.spi.IndexedParagraph;
import fr.paragraphe.spi.ParagraphFields;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.junit.jupiter.api.Test;

class ParagraphDocumentTest {

  /**
   * The hash through the analyzer's own normalisation, as it was first computed; since format 3 the
   * first 64 bits of MurmurHash3 of it.
   */
  private static String reference(String text) throws Exception {
    try (Analyzer normaliser = new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX)) {
      String collapsed =
          normaliser
              .normalize(ParagraphFields.TEXT, text.strip())
              .utf8ToString()
              .replaceAll("\\s+", " ");
      byte[] utf8 = collapsed.getBytes(StandardCharsets.UTF_8);
      return HexFormat.of()
          .toHexDigits(StringHelper.murmurhash3_x64_128(utf8, 0, utf8.length, 0)[0]);
    }
  }

  @Test
  void hashIsTheSameAsTheAnalyzerNormalisation() throws Exception {
    List<String> texts =
        List.of(
            "L’État  islamique",
            "l'etat islamique",
            "Jusqu'à l'aube",
            "aujourd\u02BChui",
            "Il a dit l'eau",
            "CŒUR ET ÆTHER",
            "cœur",
            "\u00A0« Nous »\u202F!",
            "contre-\u00ADoffensive",
            "e\u0301te\u0301",
            "  tabs\tand\r\nnewlines\u000B\f  ",
            "'",
            "l'",
            "L’",
            "\uD835\uDC00 math",
            "lone \uD800 surrogate",
            "İstanbul ǅ ß ﬁn",
            "\u2003em space\u2003\u2003",
            "x\u00A0",
            "q\uFF07il");
    for (String text : texts) {
      assertEquals(reference(text), IndexedParagraph.hashOf(text), text);
    }
  }

  @Test
  void hashIsTheSameOnRandomTextOfTrickyCharacters() throws Exception {
    String palette =
        "aeiouLlDdQqJjEÉéèÀàçÇœŒæÆ '’‘ʼʻ＇\u00A0\u202F\u2007\u00AD\u0301\u0327\t\n\r\u000B\f\u2003"
            + "\uD83D\uDE00\uD800ıİß-.,";
    Random random = new Random(42);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        text.append(palette.charAt(random.nextInt(palette.length())));
      }
      assertEquals(
          reference(text.toString()), IndexedParagraph.hashOf(text.toString()), text.toString());
    }
  }

  @Test
  void hashIsTheSameForEveryCharacter() throws Exception {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "A" + (char) c + "é" + (char) c + "Z";
      assertEquals(reference(text), IndexedParagraph.hashOf(text), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void hashIs64BitsInHexIndexedAsBytesOnly() {
    String hash = IndexedParagraph.hashOf("la rive gauche du Tigre");
    assertTrue(hash.matches("[0-9a-f]{16}"), hash);
    Document doc =
        ParagraphDocument.of(new IndexedParagraph("a", 1, null, "la rive gauche du Tigre", hash));
    List<IndexableField> fields = List.of(doc.getFields(ParagraphFields.HASH));
    assertEquals(1, fields.size(), "a term, no doc values");
    assertEquals(
        hash, HexFormat.of().formatHex(BytesRef.deepCopyOf(fields.get(0).binaryValue()).bytes));
    assertEquals(null, fields.get(0).storedValue(), "computed again from the stored text");
    assertEquals(null, doc.getField(ParagraphFields.ID), "the source and number give the id");
  }

  /**
   * Indexes hold hashes: the function must not change under them (a new Lucene, another seed).
   * Recorded when format 3 was written.
   */
  @Test
  void theHashOfATextNeverChanges() {
    assertEquals(RECORDED_HASH, IndexedParagraph.hashOf("L’État  islamique"));
  }

  private static final String RECORDED_HASH = "8b92726093d8f36d";

  @Test
  void differentWordsHashDifferently() {
    assertNotEquals(IndexedParagraph.hashOf("la rive"), IndexedParagraph.hashOf("le rive"));
  }
}
