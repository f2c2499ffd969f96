package fr.paragraphe.query;

import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import java.util.List;

/** The stems of words starting with a prefix that the stemmer cut shorter than the prefix. */
final class PrefixStems {
  private final FrenchParagraphAnalyzer allWords;

  PrefixStems(FrenchParagraphAnalyzer allWords) {
    this.allWords = allWords;
  }

  List<String> cutShorter(String prefix, List<String> starts) {
    return List.of();
  }
}
