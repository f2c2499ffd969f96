package fr.paragraphe.cli;

import fr.paragraphe.Occurrence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How concordance lines are ordered other than in reading order: by the words right of the match
 * (first, then second...), left of it (the nearest first), or by the match itself. Words are
 * compared folded, case and accents ignored (œ as oe), punctuation left out; ties keep reading
 * order. A key is a string, so that lines sorted in temporary files compare the same way.
 */
enum SortKey {
  RIGHT,
  LEFT,
  FORM;

  /** Enough words to order any real concordance; the rest ties, in reading order. */
  private static final int WORDS = 6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Sorts before any letter: a word sorts before the same word followed by more. */
  private static final char SEPARATOR = '\u0001';

  String of(Occurrence occurrence) {
    List<String> words =
        switch (this) {
          case RIGHT -> words(occurrence.right(), false);
          case LEFT -> words(occurrence.left(), true);
          case FORM -> words(occurrence.match(), false);
        };
    return String.join(String.valueOf(SEPARATOR), words);
  }

  /** The folded words of {@code text}, at most {@link #WORDS}, from its end when {@code last}. */
  private static List<String> words(String text, boolean last) {
    List<String> all = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      all.add(folded(matcher.group()));
    }
    if (last) {
      Collections.reverse(all);
    }
    return all.subList(0, Math.min(all.size(), WORDS));
  }

  static String folded(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }
}
