package fr.paragraphe.documents;

import fr.paragraphe.spi.UnreadableDocumentException;

/**
 * The text of the block being read, built as it arrives: runs of white space become one space and
 * leading and trailing space is dropped, so that a block never holds more than its words. With
 * {@code lines} (PDF, whose text comes as lines), a word cut by a hyphen at the end of a line
 * before a lower-case letter is joined back, as core's text reader does: {@code contre-} + {@code
 * offensive} gives {@code contre-offensive}.
 */
final class BlockText {
  private final StringBuilder text = new StringBuilder();
  private final boolean lines;
  private final int maxChars;

  /** White space seen since the last character kept, and whether it held a line end. */
  private boolean space;

  private boolean lineEnd;

  BlockText(boolean lines, int maxChars) {
    this.lines = lines;
    this.maxChars = maxChars;
  }

  void append(char[] chars, int start, int length) throws UnreadableDocumentException {
    for (int i = start; i < start + length; i++) {
      append(chars[i]);
    }
  }

  void append(CharSequence chars) throws UnreadableDocumentException {
    for (int i = 0; i < chars.length(); i++) {
      append(chars.charAt(i));
    }
  }

  /** A line break of the markup ({@code <br>}, TEI's {@code <lb/>}). */
  void lineBreak() {
    if (!text.isEmpty()) {
      space = true;
      lineEnd = true;
    }
  }

  private void append(char c) throws UnreadableDocumentException {
    if (Character.isWhitespace(c)) {
      if (!text.isEmpty()) {
        space = true;
        lineEnd |= c == '\n' || c == '\r';
      }
      return;
    }
    if (space && !(lines && lineEnd && brokenWord(c))) {
      text.append(' ');
    }
    space = false;
    lineEnd = false;
    if (text.length() >= maxChars) {
      throw new UnreadableDocumentException(
          "a paragraph longer than " + Limits.format(maxChars) + " characters (the limit)");
    }
    text.append(c);
  }

  /** The text ends with letter + hyphen and goes on with a lower-case letter. */
  private boolean brokenWord(char next) {
    int n = text.length();
    return n >= 2
        && text.charAt(n - 1) == '-'
        && Character.isLetter(text.charAt(n - 2))
        && Character.isLowerCase(next);
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  /** The text so far, stripped (empty if none), and a fresh start. */
  String take() {
    String taken = text.toString();
    text.setLength(0);
    space = false;
    lineEnd = false;
    return taken;
  }
}
