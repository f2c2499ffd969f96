package fr.paragraphe.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.commongrams.CommonGramsQueryFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * paragraphe's analysis chain as of issue 13, rebuilt from Lucene's own parts with a chosen set of
 * common words to pair: char map, StandardTokenizer, elision, lower case, ASCII folding, light
 * stemming, then CommonGramsFilter (index side) or CommonGramsQueryFilter (phrase side) over the
 * stems. Its own copy, so that measuring the pairs does not depend on how core is changed
 * meanwhile.
 */
final class PairsAnalyzer extends Analyzer {
  /** paragraphe's character map: apostrophes, no-break spaces, soft hyphen, combining accents. */
  private static final NormalizeCharMap CHAR_MAP = charMap();

  private final CharArraySet stems;
  private final boolean querySide;

  /**
   * @param stems the words to pair, as the chain before the pairs leaves them; empty: no pairs
   * @param querySide pairs replace the single common words, as for an exact phrase
   */
  PairsAnalyzer(CharArraySet stems, boolean querySide) {
    this.stems = stems;
    this.querySide = querySide;
  }

  /** The stems the chain makes of {@code words}: what CommonGramsFilter must be given. */
  static CharArraySet stems(List<String> words) throws IOException {
    CharArraySet stems = new CharArraySet(words.size(), false);
    try (PairsAnalyzer plain = new PairsAnalyzer(CharArraySet.EMPTY_SET, false)) {
      for (String word : words) {
        try (TokenStream tokens = plain.tokenStream("text", word)) {
          CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
          tokens.reset();
          while (tokens.incrementToken()) {
            stems.add(term.toString());
          }
          tokens.end();
        }
      }
    }
    return CharArraySet.unmodifiableSet(stems);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(CHAR_MAP, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new FrenchLightStemFilter(stream);
    if (!stems.isEmpty()) {
      stream = new CommonGramsFilter(stream, stems);
      if (querySide) {
        stream = new CommonGramsQueryFilter((CommonGramsFilter) stream);
      }
    }
    return new TokenStreamComponents(source, stream);
  }

  private static NormalizeCharMap charMap() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (char c : "\u2019\u2018\u02BC\u02BB\uFF07".toCharArray()) {
      map.add(String.valueOf(c), "'");
    }
    for (char c : "\u00A0\u202F\u2007".toCharArray()) {
      map.add(String.valueOf(c), " ");
    }
    map.add("\u00AD", "");
    for (char c = '\u0300'; c <= '\u036F'; c++) {
      map.add(String.valueOf(c), "");
    }
    return map.build();
  }
}
