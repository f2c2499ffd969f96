package fr.paragraphe.query;

import fr.paragraphe.analysis.AnalyzedToken;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stems of words starting with a prefix that the light stemmer ({@code FrenchLightStemmer}) cut
 * shorter than the prefix: {@code habitation} is indexed as {@code habit}, so {@code habitation*}
 * must also match the term {@code habit}.
 *
 * <p>For a word made of the prefix and a tail, the stem either starts with the prefix (or with the
 * prefix with its doubled letters collapsed, as the stemmer collapses them), which the prefix query
 * matches already, or the stemmer removed or rewrote letters of the prefix. It does that only at
 * the end of a word, through its rules, so the tail is then a tail of what one pass of the rules
 * strips: an ending below, the letters its final normalisation drops before that ending, and a
 * plural after it. For each such tail, the stem of the prefix plus the tail, made by the same chain
 * as indexed words, is matched as an exact term.
 */
final class PrefixStems {
  /**
   * The endings the stemmer strips or rewrites, in words folded to ASCII before it (so its rules
   * for {@code ième}, {@code ère} and {@code ète} never apply): each rule's ending, with what it
   * chains to ({@code ive} + {@code ment}, {@code ual} before {@code isation}, a rule before {@code
   * ique}).
   */
  private static final List<String> ENDINGS =
      List.of(
          "",
          "issement",
          "issant",
          "ement",
          "ivement",
          "ficatrice",
          "ficateur",
          "catrice",
          "cateur",
          "atrice",
          "ateur",
          "trice",
          "teuse",
          "teur",
          "euse",
          "ive",
          "folle",
          "molle",
          "nnelle",
          "nnel",
          "ique",
          "esseique",
          "inageique",
          "isationique",
          "isateurique",
          "ationique",
          "itionique",
          "esse",
          "inage",
          "isation",
          "ualisation",
          "isateur",
          "ation",
          "ition");

  /**
   * What the final normalisation drops from the end, in the order of the word: {@code e}, {@code
   * e}, {@code r}, then {@code ie}, each when present. (It also drops a doubled last letter, which
   * its collapsing of doubled letters has already made single.)
   */
  private static final List<String> NORMALISED = normalised();

  /**
   * Plurals, stripped before any rule: {@code s}, {@code x}, and {@code aux} whose {@code u}
   * becomes {@code l} ({@code chevaux}). (The rules would also strip {@code sx} and {@code xx},
   * which end no French word.)
   */
  private static final List<String> PLURALS = List.of("", "s", "x", "ux");

  private static final List<String> TAILS = tails();

  private final FrenchParagraphAnalyzer allWords;

  PrefixStems(FrenchParagraphAnalyzer allWords) {
    this.allWords = allWords;
  }

  /**
   * The stems of the prefix followed by each tail that do not start with one of {@code starts},
   * sorted; none when the prefix is not one word of the chain (it then starts no indexed word cut
   * by the stemmer).
   */
  List<String> cutShorter(String prefix, List<String> starts) {
    List<AnalyzedToken> alone = allWords.analyze(prefix);
    if (alone.size() != 1
        || alone.get(0).startOffset() != 0
        || alone.get(0).endOffset() != prefix.length()) {
      return List.of();
    }
    StringBuilder words = new StringBuilder();
    List<Integer> ends = new ArrayList<>();
    for (String tail : TAILS) {
      words.append(prefix).append(tail);
      ends.add(words.length());
      words.append(' ');
    }
    Set<String> stems = new TreeSet<>();
    int next = 0;
    int start = 0;
    for (AnalyzedToken token : allWords.analyze(words.toString())) {
      while (next < ends.size() && ends.get(next) < token.endOffset()) {
        start = ends.get(next++) + 1;
      }
      // A word the tokenizer cut in several is none of the words sought.
      if (token.startOffset() == start
          && next < ends.size()
          && token.endOffset() == ends.get(next)) {
        String stem = token.term();
        if (starts.stream().noneMatch(stem::startsWith)) {
          stems.add(stem);
        }
      }
    }
    return List.copyOf(stems);
  }

  private static List<String> normalised() {
    List<String> dropped = new ArrayList<>();
    for (String e1 : List.of("", "e")) {
      for (String e2 : List.of("", "e")) {
        for (String r : List.of("", "r")) {
          for (String ie : List.of("", "ie")) {
            dropped.add(e1 + e2 + r + ie);
          }
        }
      }
    }
    return dropped;
  }

  /** Every end of every stripped sequence, the empty tail included. */
  private static List<String> tails() {
    Set<String> tails = new LinkedHashSet<>();
    for (String dropped : NORMALISED) {
      for (String ending : ENDINGS) {
        for (String plural : PLURALS) {
          String stripped = dropped + ending + plural;
          for (int i = 0; i <= stripped.length(); i++) {
            tails.add(stripped.substring(i));
          }
        }
      }
    }
    return List.copyOf(tails);
  }
}
