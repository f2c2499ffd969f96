package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Whatever the text indexed and the query, every highlight of every hit lies inside the hit's text,
 * is not empty, and comes after the one before it without overlapping: the CLI cuts the text at
 * these offsets.
 */
class HighlightFuzzTest {

  @FuzzTest
  void highlightsLieInsideTheTextInOrder(FuzzedDataProvider data) {
    String text = data.consumeString(2000);
    boolean phrase = data.consumeBoolean();
    String query = data.consumeRemainingAsString();
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(List.of(Source.text("fuzz.txt", text)));
      SearchOptions options = SearchOptions.DEFAULT.withLimit(50).withCollapseDuplicates(false);
      SearchResult result;
      try {
        result = phrase ? index.searchPhrase(query, options) : index.search(query, options);
      } catch (QuerySyntaxException expected) {
        return;
      }
      for (Hit hit : result.hits()) {
        int previousEnd = 0;
        for (Span span : hit.highlights()) {
          String where = span + " in " + hit.text().length() + " chars: " + hit.text();
          assertTrue(span.start() >= previousEnd, "out of order or overlapping: " + where);
          assertTrue(span.start() < span.end(), "empty: " + where);
          assertTrue(span.end() <= hit.text().length(), "outside the text: " + where);
          previousEnd = span.end();
        }
      }
    }
  }
}
