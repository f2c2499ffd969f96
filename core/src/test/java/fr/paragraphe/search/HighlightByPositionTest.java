package fr.paragraphe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.QuerySyntaxException;
import fr.paragraphe.Span;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.query.ParsedQuery;
import fr.paragraphe.spi.ParagraphFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Highlights found from positions, by analysing the hit again, are exactly those that offsets in
 * the postings gave (index format 2): the same queries over the same texts, one index with offsets
 * as the oracle. Texts and queries are drawn from a vocabulary dense in common words, since a match
 * ending on a pair of them ({@code de_la}) is where positions alone would be wrong.
 */
class HighlightByPositionTest {
  private static final List<String> WORDS =
      List.of(
          "de",
          "la",
          "et",
          "le",
          "à",
          "il",
          "les",
          "un",
          "en",
          "que",
          "je",
          "des",
          "L'État",
          "l’armée",
          "maison",
          "Maisons",
          "rive",
          "gauche",
          "du",
          "Tigre",
          "cœur",
          "coeur",
          "contre-offensive",
          "été",
          "Été",
          "de_la",
          "«\u202fNous\u202f»",
          "aujourd'hui",
          "1914",
          "x");

  @Test
  void positionsGiveTheSpansOffsetsGave() throws Exception {
    Random random = new Random(13);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add(words(random, 1 + random.nextInt(40)));
    }
    try (Directory withOffsets = index(texts, true);
        Directory withPositions = index(texts, false);
        DirectoryReader oracleReader = DirectoryReader.open(withOffsets);
        DirectoryReader reader = DirectoryReader.open(withPositions)) {
      IndexSearcher oracle = new IndexSearcher(oracleReader);
      IndexSearcher searcher = new IndexSearcher(reader);
      int compared = 0;
      for (int n = 0; n < 600; n++) {
        String text = texts.get(random.nextInt(texts.size()));
        String[] words = text.split(" ");
        int from = random.nextInt(words.length);
        int to = Math.min(words.length, from + 1 + random.nextInt(4));
        String window = String.join(" ", List.of(words).subList(from, to));
        String query =
            switch (random.nextInt(4)) {
              case 0 -> '"' + window + '"';
              case 1 -> '"' + window + "\"~2";
              case 2 -> window + " OR \"" + words(random, 2) + '"';
              default -> window.substring(0, Math.max(1, window.length() / 2)) + "*";
            };
        Query lucene;
        try {
          lucene = LuceneQuery.of(ParsedQuery.parse(query));
        } catch (QuerySyntaxException e) {
          continue; // stop words only, and the like
        }
        Weight expected =
            oracle.createWeight(oracle.rewrite(lucene), ScoreMode.COMPLETE_NO_SCORES, 1f);
        MatchHighlighter highlighter =
            new MatchHighlighter(
                searcher,
                searcher.createWeight(searcher.rewrite(lucene), ScoreMode.COMPLETE_NO_SCORES, 1f));
        for (int doc = 0; doc < texts.size(); doc++) {
          List<Span> oracleSpans = offsetSpans(expected, oracleReader.leaves().get(0), doc);
          assertEquals(
              oracleSpans,
              highlighter.spans(doc, texts.get(doc)),
              query + " in: " + texts.get(doc));
          compared += oracleSpans.isEmpty() ? 0 : 1;
        }
      }
      assertTrue(compared > 1000, "too few highlighted hits compared: " + compared);
    }
  }

  private static String words(Random random, int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Common words half of the time, as in French text.
      words.add(
          random.nextBoolean()
              ? WORDS.get(random.nextInt(12))
              : WORDS.get(random.nextInt(WORDS.size())));
    }
    return String.join(" ", words);
  }

  /** The spans as format 2 read them: offsets from the postings. */
  private static List<Span> offsetSpans(Weight weight, LeafReaderContext leaf, int doc)
      throws Exception {
    Matches matches = weight.matches(leaf, doc);
    MatchesIterator it = matches == null ? null : matches.getMatches(ParagraphFields.TEXT);
    List<Span> spans = new ArrayList<>();
    while (it != null && it.next()) {
      spans.add(new Span(it.startOffset(), it.endOffset()));
    }
    return MatchHighlighter.merged(spans);
  }

  private static Directory index(List<String> texts, boolean offsets) throws Exception {
    FieldType type = new FieldType(ParagraphFields.TEXT_TYPE);
    if (offsets) {
      type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    }
    type.freeze();
    Directory directory = new ByteBuffersDirectory();
    IndexWriterConfig config =
        new IndexWriterConfig(new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX));
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (String text : texts) {
        Document doc = new Document();
        doc.add(new Field(ParagraphFields.TEXT, text, type));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    return directory;
  }
}
