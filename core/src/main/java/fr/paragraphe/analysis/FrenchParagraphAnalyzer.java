package fr.paragraphe.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
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
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French analysis chain of paragraphe, in the order a text passes through it:
 *
 * <ol>
 *   <li>a {@link MappingCharFilter} that maps every apostrophe (U+2019, U+2018, U+02BC, U+02BB, U+FF07) to
 *       {@code '}, the no-break spaces (U+00A0, U+202F, U+2007) to a space, and deletes soft hyphens (U+00AD)
 *       and combining accents (U+0300-U+036F, so decomposed {@code é} folds like composed {@code é});
 *   <li>{@link StandardTokenizer};
 *   <li>{@link ElisionFilter} with the French articles ({@link #ARTICLES}), case-insensitive;
 *   <li>{@link LowerCaseFilter};
 *   <li>{@link ASCIIFoldingFilter}: accents and ligatures ({@code État}/{@code Etat}, {@code cœur}/{@code
 *       coeur}) fold the same way on both sides;
 *   <li>in {@link Mode#WORDS} only, a {@link StopFilter} over the folded French stop words, keeping the
 *       position of each removed word;
 *   <li>{@link FrenchLightStemFilter};
 *   <li>in {@link Mode#INDEX}, a {@link CommonGramsFilter} that also indexes each pair of words involving one of
 *       the {@link #COMMON_WORDS}; in {@link Mode#EXACT_PHRASE} the matching {@link CommonGramsQueryFilter}.
 * </ol>
 *
 * <p>Where this departs from Lucene's {@link FrenchAnalyzer}, and why: the index keeps every word, stop words
 * included, so that a phrase means exactly the words typed ({@code "soutenus de la coalition"} must not match
 * {@code soutenus par la coalition}); the pairs of common words keep such phrases fast. Accents are folded
 * before stemming, where {@code FrenchLightStemmer} folds them only in long words. Stop words are dropped only
 * from bare-word queries, where they would match almost every paragraph.
 *
 * <p>One instance per {@link Mode}; instances are thread-safe, as every Lucene analyzer.
 */
public final class FrenchParagraphAnalyzer extends Analyzer {

  /** Which side of the search the chain serves. */
  public enum Mode {
    /** Indexing: every word, plus the pairs of common words. */
    INDEX,
    /** Exact phrase queries: every word, pairs of common words replace the single common words. */
    EXACT_PHRASE,
    /** Sloppy phrase queries: every word, no pairs (pairs would pin the common words in place). */
    ALL_WORDS,
    /** Bare-word queries: stop words removed (their positions kept). */
    WORDS
  }

  /** Elided articles and conjunctions, as in Lucene's {@link FrenchAnalyzer#DEFAULT_ARTICLES}. */
  public static final CharArraySet ARTICLES =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true));

  /**
   * The words paired with their neighbours at index time: the twelve most frequent words of French novels
   * (ELTeC), folded and stemmed. DESIGN.md measured this set against all stop words and the top 25: it buys most
   * of the speed of common-word phrases for the smallest index.
   */
  public static final List<String> COMMON_WORDS =
      List.of("de", "la", "et", "le", "à", "il", "les", "un", "en", "que", "je", "des");

  /** What joins the two words of a pair in the index ({@code de_la}): {@link CommonGramsFilter}'s separator. */
  public static final char PAIR_SEPARATOR = '_';

  /** Lucene's French stop words, folded as the chain folds text, so that {@code a} goes like {@code à}. */
  public static final CharArraySet STOP_WORDS = folded(FrenchAnalyzer.getDefaultStopSet());

  // Built before COMMON_STEMS, which runs the chain to compute them.
  private static final NormalizeCharMap CHAR_MAP = charMap();

  private static final CharArraySet COMMON_STEMS = stemmed(COMMON_WORDS);

  private final Mode mode;

  /** The {@link #COMMON_WORDS} as the chain indexes them (folded, stemmed): the words its pairs are made of. */
  public static List<String> commonStems() {
    return COMMON_STEMS.stream().map(stem -> new String((char[]) stem)).sorted().toList();
  }

  public FrenchParagraphAnalyzer(Mode mode) {
    this.mode = mode;
  }

  public Mode mode() {
    return mode;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(CHAR_MAP, reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new MappingCharFilter(CHAR_MAP, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = fold(new LowerCaseFilter(new ElisionFilter(source, ARTICLES)));
    if (mode == Mode.WORDS) {
      stream = new StopFilter(stream, STOP_WORDS);
    }
    stream = new FrenchLightStemFilter(stream);
    stream =
        switch (mode) {
          case INDEX -> new CommonGramsFilter(stream, COMMON_STEMS);
          case EXACT_PHRASE -> new CommonGramsQueryFilter(new CommonGramsFilter(stream, COMMON_STEMS));
          case ALL_WORDS, WORDS -> stream;
        };
    return new TokenStreamComponents(source, stream);
  }

  /** Prefix terms ({@code État*}) are not tokenized or stemmed, but must be folded as indexed words are. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return fold(new LowerCaseFilter(new ElisionFilter(in, ARTICLES)));
  }

  /** ASCIIFoldingFilter's folding, through {@link AsciiFolding} which is faster for the same output. */
  private static TokenStream fold(TokenStream in) {
    return new AsciiFolding.Filter(in);
  }

  /**
   * What the char filter makes of one character: the mapped character, or -1 where it deletes it. The same
   * mapping as the char filter's, for code that folds a whole text at once (the duplicate hash).
   */
  public static int mapChar(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BC', '\u02BB', '\uFF07' -> '\'';
      case '\u00A0', '\u202F', '\u2007' -> ' ';
      case '\u00AD' -> -1;
      default -> c >= '\u0300' && c <= '\u036F' ? -1 : c;
    };
  }

  private static NormalizeCharMap charMap() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (String apostrophe : new String[] {"\u2019", "\u2018", "\u02BC", "\u02BB", "\uFF07"}) {
      map.add(apostrophe, "'");
    }
    for (String space : new String[] {"\u00A0", "\u202F", "\u2007"}) {
      map.add(space, " ");
    }
    map.add("\u00AD", "");
    for (char accent = '\u0300'; accent <= '\u036F'; accent++) {
      map.add(String.valueOf(accent), "");
    }
    return map.build();
  }

  private static CharArraySet folded(CharArraySet words) {
    CharArraySet folded = new CharArraySet(words.size(), false);
    for (Object word : words) {
      char[] chars = (char[]) word;
      char[] out = new char[chars.length * 4];
      int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
      folded.add(Arrays.copyOf(out, length));
    }
    return CharArraySet.unmodifiableSet(folded);
  }

  /** The common words as the stemmer leaves them, since the pairs are made after stemming. */
  private static CharArraySet stemmed(List<String> words) {
    CharArraySet stems = new CharArraySet(words.size(), false);
    try (FrenchParagraphAnalyzer allWords = new FrenchParagraphAnalyzer(Mode.ALL_WORDS)) {
      words.forEach(word -> stems.addAll(allWords.terms(word)));
    }
    return CharArraySet.unmodifiableSet(stems);
  }

  /** The terms this chain makes of {@code text}, in order (a convenience for queries, tools and tests). */
  public List<String> terms(String text) {
    return analyze(text).stream().map(AnalyzedToken::term).toList();
  }

  /** The tokens this chain makes of {@code text}, in order, with their positions, offsets and types. */
  public List<AnalyzedToken> analyze(String text) {
    List<AnalyzedToken> tokens = new ArrayList<>();
    try (TokenStream stream = tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(
            new AnalyzedToken(term.toString(), position, offset.startOffset(), offset.endOffset(), type.type()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return List.copyOf(tokens);
  }

  /** The chain of {@code mode} on one line, step by step, for people (index statistics, tools). */
  public static String describe(Mode mode) {
    List<String> steps = new ArrayList<>();
    steps.add(
        "MappingCharFilter (apostrophes to ', no-break spaces to spaces, soft hyphens and combining accents removed)");
    steps.add("StandardTokenizer");
    steps.add("ElisionFilter (French articles, any case)");
    steps.add("LowerCaseFilter");
    steps.add("ASCIIFoldingFilter");
    if (mode == Mode.WORDS) {
      steps.add("StopFilter (French stop words, folded)");
    }
    steps.add("FrenchLightStemFilter");
    String commonWords = String.join(" ", COMMON_WORDS);
    switch (mode) {
      case INDEX -> steps.add("CommonGramsFilter (pairs with: " + commonWords + ")");
      case EXACT_PHRASE -> steps.add("CommonGramsQueryFilter (pairs with: " + commonWords + ")");
      case ALL_WORDS, WORDS -> {}
    }
    return String.join(" > ", steps);
  }
}
