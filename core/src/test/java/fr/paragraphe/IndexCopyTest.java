package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.paragraphe.spi.IndexedParagraph;
import fr.paragraphe.spi.ParagraphSink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A copy of the index (to a cluster, say) gets every paragraph as it was indexed: source, number,
 * section, text and hash, sources in name order, paragraphs in order, each source closed with its
 * last number. Source and number live in doc values only since format 3.
 */
class IndexCopyTest {
  @Test
  void everyParagraphComesOutAsIndexed() {
    String b = "# Titre\n\nPremier paragraphe de b.\n\nSecond, sous le titre.\n";
    String a = "Le seul paragraphe de a.\n";
    List<String> expected = new ArrayList<>();
    List<String> copied = new ArrayList<>();
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(List.of(Source.text("b.md", b), Source.text("a.txt", a)));
      expected.add("begin a.txt");
      expected.add(line(new IndexedParagraph("a.txt", 1, null, "Le seul paragraphe de a.", "")));
      expected.add("end a.txt 1");
      expected.add("begin b.md");
      // A heading is a paragraph of its own, under itself.
      expected.add(line(new IndexedParagraph("b.md", 1, "Titre", "# Titre", "")));
      expected.add(line(new IndexedParagraph("b.md", 2, "Titre", "Premier paragraphe de b.", "")));
      expected.add(line(new IndexedParagraph("b.md", 3, "Titre", "Second, sous le titre.", "")));
      expected.add("end b.md 3");
      index.copyTo(
          new ParagraphSink() {
            @Override
            public void beginSource(String source) {
              copied.add("begin " + source);
            }

            @Override
            public void accept(List<IndexedParagraph> paragraphs) {
              paragraphs.forEach(paragraph -> copied.add(line(paragraph)));
            }

            @Override
            public void endSource(String source, int lastParagraph) {
              copied.add("end " + source + " " + lastParagraph);
            }
          },
          IndexingListener.NONE);
    }
    assertEquals(expected, copied);
  }

  /** A paragraph as a line, its hash computed from its text when not given. */
  private static String line(IndexedParagraph paragraph) {
    String hash =
        paragraph.hash().isEmpty() ? IndexedParagraph.hashOf(paragraph.text()) : paragraph.hash();
    return String.join(
        " | ",
        paragraph.source(),
        String.valueOf(paragraph.paragraph()),
        String.valueOf(paragraph.section()),
        paragraph.text(),
        hash);
  }
}
