package fr.paragraphe.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.commongrams.CommonGramsQueryFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French analysis chain of paragraphe as a Lucene analyzer, built from the steps of {@link
 * AnalysisChain} for one {@link Mode}: a character map, {@link StandardTokenizer}, elision of the
 * French articles, lower case, ASCII folding, stop words (bare-word queries only), {@link
 * FrenchLightStemFilter}, and pairs of common words (index and exact phrases). {@link
 * AnalysisChain#describe} says every step with its parameters.
 *
 * <p>Where this departs from Lucene's {@link FrenchAnalyzer}, and why: the index keeps every word,
 * stop words included, so that a phrase means exactly the words typed ({@code "soutenus de la
 * coalition"} must not match {@code soutenus par la coalition}); the pairs of common words keep
 * such phrases fast. Accents are folded before stemming, where {@code FrenchLightStemmer} folds
 * them only in long words. Stop words are dropped only from bare-word queries, where they would
 * match almost every paragraph.
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
      wordSet(AnalysisChain.ELISION.articles(), AnalysisChain.ELISION.ignoreCase());

  /**
   * The words paired with their neighbours at index time: the twelve most frequent words of French
   * novels.
   */
  public static final List<String> COMMON_WORDS = AnalysisChain.COMMON_WORDS;

  /**
   * What joins the two words of a pair in the index ({@code de_la}): {@link CommonGramsFilter}'s
   * separator.
   */
  public static final char PAIR_SEPARATOR = '_';

  /**
   * Lucene's French stop words, folded as the chain folds text, so that {@code a} goes like {@code
   * à}.
   */
  public static final CharArraySet STOP_WORDS = wordSet(AnalysisChain.STOP_WORDS.words(), false);

  private static final CharArraySet COMMON_STEMS = stemmed(COMMON_WORDS);

  private final Mode mode;
  private final List<AnalysisChain.Step> steps;
  private final List<AnalysisChain.Step> singleWordSteps;

  /**
   * The {@link #COMMON_WORDS} as the chain indexes them (folded, stemmed): the words its pairs are
   * made of.
   */
  public static List<String> commonStems() {
    return COMMON_STEMS.stream().map(stem -> new String((char[]) stem)).sorted().toList();
  }

  public FrenchParagraphAnalyzer(Mode mode) {
    this(mode, AnalysisChain.steps(mode));
  }

  /** Runs only {@code steps}, a part of the chain of {@code mode}. */
  FrenchParagraphAnalyzer(Mode mode, List<AnalysisChain.Step> steps) {
    this.mode = mode;
    this.steps = steps;
    this.singleWordSteps = AnalysisChain.singleWordSteps(mode);
  }

  public Mode mode() {
    return mode;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return charFilters(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return charFilters(reader);
  }

  private Reader charFilters(Reader reader) {
    for (AnalysisChain.Step step : steps) {
      if (step instanceof AnalysisChain.CharMap) {
        reader = new CharMapFilter(reader);
      }
    }
    return reader;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = null;
    TokenStream stream = null;
    for (AnalysisChain.Step step : steps) {
      if (step instanceof AnalysisChain.StandardTokens) {
        stream = source = new StandardTokenizer();
      } else if (!(step instanceof AnalysisChain.CharMap)) {
        stream = filter(step, stream);
      }
    }
    return new TokenStreamComponents(source, stream);
  }

  /**
   * Prefix terms ({@code État*}) are not tokenized or stemmed, but must be mapped and folded as
   * indexed words are: the steps of the chain that apply to a single word.
   */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream stream = in;
    for (AnalysisChain.Step step : singleWordSteps) {
      if (!(step instanceof AnalysisChain.CharMap)) {
        stream = filter(step, stream);
      }
    }
    return stream;
  }

  /**
   * The token filter that runs a step. The word sets are built once from the definition's steps
   * (the constants above), since a chain is built per thread and per analyzer.
   */
  private static TokenStream filter(AnalysisChain.Step step, TokenStream in) {
    return switch (step) {
      case AnalysisChain.Elision elision -> new ElisionFilter(in, ARTICLES);
      case AnalysisChain.LowerCase lowerCase -> new LowerCaseFilter(in);
      // ASCIIFoldingFilter's output, faster: see AsciiFolding.
      case AnalysisChain.Folding folding -> new AsciiFolding.Filter(in);
      case AnalysisChain.StopWords stopWords -> new StopFilter(in, STOP_WORDS);
      case AnalysisChain.LightStemmer stemmer -> new FrenchLightStemFilter(in);
      case AnalysisChain.Pairs pairs ->
          pairs.querySide()
              ? new CommonGramsQueryFilter(new CommonGramsFilter(in, COMMON_STEMS))
              // CommonGramsFilter's output, faster: see PairsFilter.
              : new PairsFilter(in, COMMON_STEMS);
      case AnalysisChain.CharMap charMap ->
          throw new IllegalArgumentException("a char filter, not a token filter");
      case AnalysisChain.StandardTokens tokens ->
          throw new IllegalArgumentException("a tokenizer, not a token filter");
    };
  }

  /**
   * What the char filter makes of one character: the mapped character, or -1 where it deletes it.
   * The same mapping as the char filter's, for code that folds a whole text at once (the duplicate
   * hash).
   */
  public static int mapChar(char c) {
    return AnalysisChain.mapChar(c);
  }

  private static CharArraySet wordSet(List<String> words, boolean ignoreCase) {
    return CharArraySet.unmodifiableSet(new CharArraySet(words, ignoreCase));
  }

  /** The common words as the stemmer leaves them, since the pairs are made after stemming. */
  private static CharArraySet stemmed(List<String> words) {
    CharArraySet stems = new CharArraySet(words.size(), false);
    try (FrenchParagraphAnalyzer allWords = new FrenchParagraphAnalyzer(Mode.ALL_WORDS)) {
      words.forEach(word -> stems.addAll(allWords.terms(word)));
    }
    return CharArraySet.unmodifiableSet(stems);
  }

  /**
   * The terms this chain makes of {@code text}, in order (a convenience for queries, tools and
   * tests).
   */
  public List<String> terms(String text) {
    return analyze(text).stream().map(AnalyzedToken::term).toList();
  }

  /**
   * The tokens this chain makes of {@code text}, in order, with their positions, offsets and types.
   */
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
            new AnalyzedToken(
                term.toString(), position, offset.startOffset(), offset.endOffset(), type.type()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return List.copyOf(tokens);
  }

  /** The chain of {@code mode} on one line, step by step: {@link AnalysisChain#describe}. */
  public static String describe(Mode mode) {
    return AnalysisChain.describe(mode);
  }
}
