package fr.paragraphe.search;

/**
 * Where the context of a match is cut: at most {@code width} characters each side, never inside a
 * word (a word cut by the width is left out whole).
 */
final class Contexts {
  private Contexts() {}

  /** Where the left context of a match starting at {@code start} begins. */
  static int leftStart(String text, int start, int width) {
    int cut = start - width;
    if (cut <= 0) {
      return 0;
    }
    if (!Character.isWhitespace(text.charAt(cut - 1))) {
      while (cut < start && !Character.isWhitespace(text.charAt(cut))) {
        cut++;
      }
    }
    return cut;
  }

  /** Where the right context of a match ending at {@code end} ends. */
  static int rightEnd(String text, int end, int width) {
    int cut = end + width;
    if (cut >= text.length()) {
      return text.length();
    }
    if (!Character.isWhitespace(text.charAt(cut))) {
      while (cut > end && !Character.isWhitespace(text.charAt(cut - 1))) {
        cut--;
      }
    }
    return cut;
  }
}
