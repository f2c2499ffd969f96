package fr.paragraphe.search;

import fr.paragraphe.Exactness;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.WordPositions;
import fr.paragraphe.query.ParsedQuery;
import fr.paragraphe.query.QueryNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a match the index found has the form of the words typed ({@link Exactness#FORM}, {@link
 * Exactness#CASE}): its words as written are compared with the words of the query as typed, both
 * tokenized alike. What passes: an exact phrase's words in order, every word of a phrase with slop,
 * a typed word, or a word that starts with a typed prefix. A typed word without apostrophe is also
 * compared with the written word less its elided article ({@code armée} and {@code l'armée}). Words
 * under {@code NOT} are not looked for.
 */
final class FormCheck {
  private static final String APOSTROPHES = "\u02BB\u02BC\u2018\u2019\uFF07";

  private final boolean ignoreCase;
  private final List<List<String>> exactPhrases = new ArrayList<>();
  private final List<List<String>> sloppyPhrases = new ArrayList<>();
  private final Set<String> words = new HashSet<>();
  private final List<String> prefixes = new ArrayList<>();

  private FormCheck(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /**
   * The check for a query, or null for {@link Exactness#WORDS}, where the index's answer stands.
   */
  static FormCheck of(ParsedQuery query, Exactness exactness) {
    if (exactness == Exactness.WORDS) {
      return null;
    }
    FormCheck check = new FormCheck(exactness == Exactness.FORM);
    check.collect(query.root(), query.text());
    return check;
  }

  private void collect(QueryNode node, String query) {
    String typed = query.substring(node.start(), node.end());
    switch (node) {
      case QueryNode.Word word -> words.addAll(typedWords(typed));
      case QueryNode.Prefix prefix -> {
        List<String> start = typedWords(typed.substring(0, typed.length() - 1));
        if (!start.isEmpty()) {
          prefixes.add(start.get(start.size() - 1));
        }
      }
      case QueryNode.Phrase phrase -> {
        if (phrase.slop() == 0) {
          exactPhrases.add(typedWords(typed));
        } else {
          sloppyPhrases.add(typedWords(typed.replaceFirst("~\\d+$", "")));
        }
      }
      case QueryNode.Bool bool -> {
        for (QueryNode.Clause clause : bool.clauses()) {
          if (clause.occur() != QueryNode.Occur.MUST_NOT) {
            collect(clause.node(), query);
          }
        }
      }
      case QueryNode.AllParagraphs all -> {}
    }
  }

  private List<String> typedWords(String typed) {
    WordPositions positions = WordPositions.of(typed, Integer.MAX_VALUE - 1);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < positions.count(); i++) {
      found.add(form(typed.substring(positions.start(i), positions.end(i))));
    }
    return found;
  }

  /** Whether the words at positions {@code first} to {@code last} (included) pass. */
  boolean accepts(String text, WordPositions positions, int first, int last) {
    List<String> written = new ArrayList<>(last - first + 1);
    for (int i = first; i <= last; i++) {
      written.add(form(text.substring(positions.start(i), positions.end(i))));
    }
    if (written.size() == 1) {
      String word = written.get(0);
      for (String typed : words) {
        if (same(word, typed)) {
          return true;
        }
      }
      for (String prefix : prefixes) {
        if (word.startsWith(prefix) || (!elides(prefix) && unelided(word).startsWith(prefix))) {
          return true;
        }
      }
    }
    for (List<String> phrase : exactPhrases) {
      if (inOrder(written, phrase)) {
        return true;
      }
    }
    for (List<String> phrase : sloppyPhrases) {
      if (holdsAll(written, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code typed} is a subsequence of {@code written}: equal when of one length. */
  private static boolean inOrder(List<String> written, List<String> typed) {
    int at = 0;
    for (String word : typed) {
      while (at < written.size() && !same(written.get(at), word)) {
        at++;
      }
      if (at == written.size()) {
        return false;
      }
      at++;
    }
    return true;
  }

  /** Whether every typed word is among the written ones, each written word used once. */
  private static boolean holdsAll(List<String> written, List<String> typed) {
    List<String> left = new ArrayList<>(written);
    for (String word : typed) {
      int found = -1;
      for (int i = 0; i < left.size() && found < 0; i++) {
        if (same(left.get(i), word)) {
          found = i;
        }
      }
      if (found < 0) {
        return false;
      }
      left.remove(found);
    }
    return true;
  }

  private static boolean same(String written, String typed) {
    return written.equals(typed) || (!elides(typed) && unelided(written).equals(typed));
  }

  private static boolean elides(String word) {
    return word.indexOf('\'') >= 0;
  }

  /** The word less an elided article ({@code l'}, {@code qu'}...), if it has one. */
  private static String unelided(String word) {
    int apostrophe = word.indexOf('\'');
    if (apostrophe > 0
        && FrenchParagraphAnalyzer.ARTICLES.contains(word.substring(0, apostrophe))) {
      return word.substring(apostrophe + 1);
    }
    return word;
  }

  /** A word as compared: composed accents, one apostrophe, no soft hyphen; lower case for FORM. */
  private String form(String word) {
    StringBuilder folded = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (APOSTROPHES.indexOf(c) >= 0) {
        folded.append('\'');
      } else if (c != '\u00AD') {
        folded.append(c);
      }
    }
    String composed = Normalizer.normalize(folded, Normalizer.Form.NFC);
    return ignoreCase ? composed.toLowerCase(Locale.ROOT) : composed;
  }
}
