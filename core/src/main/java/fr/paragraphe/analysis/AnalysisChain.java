package fr.paragraphe.analysis;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The French analysis chain of paragraphe as data: the ordered steps of each {@link Mode}, with
 * their parameters. Everything else is derived from it: the Lucene analyzer ({@link
 * FrenchParagraphAnalyzer}), the description that {@code stats} prints and that each index records,
 * and the twin analyzers of an OpenSearch index.
 */
public final class AnalysisChain {

  /**
   * One step of the chain; {@link #describe()} says what it does, its parameters, and the Lucene
   * class it runs.
   */
  public sealed interface Step {
    String describe();
  }

  /**
   * Characters replaced before tokenizing, each by {@code replacement} (empty: deleted).
   *
   * @param name what the characters are, for people
   * @param characters every character the rule replaces
   */
  public record CharRule(String name, String characters, String replacement) {
    public CharRule {
      if (replacement.length() > 1) {
        throw new IllegalArgumentException(
            "a character maps to at most one character: " + replacement);
      }
    }

    String describe() {
      return name
          + " "
          + codePoints(characters)
          + (replacement.isEmpty() ? " removed" : " to " + shown(replacement));
    }
  }

  /** A character filter replacing single characters by at most one character. */
  public record CharMap(List<CharRule> rules) implements Step {
    @Override
    public String describe() {
      return "character map (as MappingCharFilter: "
          + String.join(", ", rules.stream().map(CharRule::describe).toList())
          + ")";
    }
  }

  /** Words, numbers and the like, by Unicode word boundaries. */
  public record StandardTokens() implements Step {
    @Override
    public String describe() {
      return "words (as StandardTokenizer)";
    }
  }

  /** Removes an article and its apostrophe from the front of a word ({@code l'armée}). */
  public record Elision(List<String> articles, boolean ignoreCase) implements Step {
    @Override
    public String describe() {
      return "elision (as ElisionFilter: "
          + String.join(" ", articles)
          + (ignoreCase ? ", any case)" : ")");
    }
  }

  public record LowerCase() implements Step {
    @Override
    public String describe() {
      return "lower case (as LowerCaseFilter)";
    }
  }

  /**
   * Accents and ligatures folded to ASCII; run by {@link AsciiFolding}, which gives the same
   * output.
   */
  public record Folding() implements Step {
    @Override
    public String describe() {
      return "ASCII folding (as ASCIIFoldingFilter)";
    }
  }

  /** Removes the stop words, leaving their positions empty. */
  public record StopWords(List<String> words) implements Step {
    @Override
    public String describe() {
      return "stop words removed (as StopFilter: " + String.join(" ", words) + ")";
    }
  }

  public record LightStemmer() implements Step {
    @Override
    public String describe() {
      return "French light stemming (as FrenchLightStemFilter)";
    }
  }

  /**
   * Pairs of a common word with its neighbour, joined by {@link
   * FrenchParagraphAnalyzer#PAIR_SEPARATOR}. The common words are given as typed; the pairs are
   * made of their stems, since they follow the stemmer.
   *
   * @param querySide the pairs replace the single common words (exact phrase queries) instead of
   *     being added to them (the index)
   */
  public record Pairs(List<String> commonWords, boolean querySide) implements Step {
    @Override
    public String describe() {
      String filter =
          querySide
              ? "pairs instead of common words (as CommonGramsFilter and CommonGramsQueryFilter: "
              : "pairs of common words (as CommonGramsFilter: ";
      return filter + String.join(" ", commonWords) + ")";
    }
  }

  static final CharMap CHAR_MAP =
      new CharMap(
          List.of(
              new CharRule("apostrophes", "\u2019\u2018\u02BC\u02BB\uFF07", "'"),
              new CharRule("no-break spaces", "\u00A0\u202F\u2007", " "),
              new CharRule("soft hyphen", "\u00AD", ""),
              new CharRule("combining accents", range('\u0300', '\u036F'), "")));

  /** Lucene's {@link FrenchAnalyzer#DEFAULT_ARTICLES}, in a fixed order. */
  static final Elision ELISION =
      new Elision(
          List.of(
              "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"),
          true);

  /**
   * Lucene's French stop words, folded as the chain folds text so that {@code a} goes like {@code
   * à}; sorted.
   */
  static final StopWords STOP_WORDS = new StopWords(foldedStopWords());

  /**
   * The twelve most frequent words of French novels (ELTeC). Measured against pairing all stop
   * words and the top 25 on ELTeC: it buys most of the speed of common-word phrases for the
   * smallest index.
   */
  static final List<String> COMMON_WORDS =
      List.of("de", "la", "et", "le", "à", "il", "les", "un", "en", "que", "je", "des");

  private AnalysisChain() {}

  /** The steps of {@code mode}, in the order text passes through them. */
  public static List<Step> steps(Mode mode) {
    List<Step> steps = new ArrayList<>();
    steps.add(CHAR_MAP);
    steps.add(new StandardTokens());
    steps.add(ELISION);
    steps.add(new LowerCase());
    steps.add(new Folding());
    if (mode == Mode.WORDS) {
      steps.add(STOP_WORDS);
    }
    steps.add(new LightStemmer());
    switch (mode) {
      case INDEX -> steps.add(new Pairs(COMMON_WORDS, false));
      case EXACT_PHRASE -> steps.add(new Pairs(COMMON_WORDS, true));
      case ALL_WORDS, WORDS -> {}
    }
    return List.copyOf(steps);
  }

  /**
   * The steps of {@code mode} that decide where words are, up to the tokenizer: the positions and
   * offsets of the words before any filter changes them.
   */
  static List<Step> placingSteps(Mode mode) {
    List<Step> steps = steps(mode);
    int tokenizer = 0;
    while (!(steps.get(tokenizer) instanceof StandardTokens)) {
      tokenizer++;
    }
    return steps.subList(0, tokenizer + 1);
  }

  /**
   * The steps that apply to a single word as typed (a prefix, {@code État*}): those that neither
   * cut nor stem nor remove words.
   */
  public static List<Step> singleWordSteps(Mode mode) {
    return steps(mode).stream()
        .filter(
            step ->
                step instanceof CharMap
                    || step instanceof Elision
                    || step instanceof LowerCase
                    || step instanceof Folding)
        .toList();
  }

  /**
   * The chain of {@code mode} on one line, every step with all of its parameters: what {@code
   * stats} prints and, for {@link Mode#INDEX}, what an index records of the chain it was written
   * with.
   */
  public static String describe(Mode mode) {
    return String.join(" > ", steps(mode).stream().map(Step::describe).toList());
  }

  /**
   * What the character map makes of one character: the mapped character, or -1 where it deletes it.
   * For code that maps a whole text at once (the duplicate hash).
   */
  static int mapChar(char c) {
    if (c < MAPPED[0]) {
      return c;
    }
    int i = Arrays.binarySearch(MAPPED, c);
    return i < 0 ? c : MAPPED_TO[i];
  }

  /**
   * The characters {@link #CHAR_MAP} replaces, sorted, and what each becomes (-1: deleted): see
   * {@link #mapChar}.
   */
  private static final char[] MAPPED;

  private static final int[] MAPPED_TO;

  static {
    StringBuilder from = new StringBuilder();
    CHAR_MAP.rules().forEach(rule -> from.append(rule.characters()));
    MAPPED = from.toString().toCharArray();
    Arrays.sort(MAPPED);
    MAPPED_TO = new int[MAPPED.length];
    for (CharRule rule : CHAR_MAP.rules()) {
      for (char c : rule.characters().toCharArray()) {
        MAPPED_TO[Arrays.binarySearch(MAPPED, c)] =
            rule.replacement().isEmpty() ? -1 : rule.replacement().charAt(0);
      }
    }
  }

  private static List<String> foldedStopWords() {
    List<String> folded = new ArrayList<>();
    for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
      char[] chars = (char[]) word;
      char[] out = new char[chars.length * 4];
      folded.add(
          new String(out, 0, ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length)));
    }
    return folded.stream().distinct().sorted().toList();
  }

  private static String range(char first, char last) {
    StringBuilder chars = new StringBuilder();
    for (char c = first; c <= last; c++) {
      chars.append(c);
    }
    return chars.toString();
  }

  /**
   * Code points as {@code U+XXXX} in code point order, runs of three or more as {@code
   * U+0300-U+036F}.
   */
  private static String codePoints(String characters) {
    char[] sorted = characters.toCharArray();
    Arrays.sort(sorted);
    List<String> parts = new ArrayList<>();
    for (int start = 0, end; start < sorted.length; start = end + 1) {
      end = start;
      while (end + 1 < sorted.length && sorted[end + 1] == sorted[end] + 1) {
        end++;
      }
      if (end - start >= 2) {
        parts.add(codePoint(sorted[start]) + "-" + codePoint(sorted[end]));
      } else {
        for (int i = start; i <= end; i++) {
          parts.add(codePoint(sorted[i]));
        }
      }
    }
    return String.join(" ", parts);
  }

  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }

  /** A replacement as people read it: {@code '} itself, a space as {@code U+0020}. */
  private static String shown(String replacement) {
    return replacement.isBlank() ? codePoint(replacement.charAt(0)) : replacement;
  }
}
