package fr.paragraphe.input;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines as {@link java.io.BufferedReader#readLine()} does ({@code \n}, {@code \r} or {@code
 * \r\n} ends a line), but refuses a line longer than a limit before holding it in memory: a file of
 * a gigabyte without a line break would otherwise become one string, and an {@link
 * OutOfMemoryError}.
 */
final class LineReader {
  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int pos;
  private int end;
  private boolean skipLineFeed;
  private int number;

  LineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * The next line without its terminator, or null at the end of the text.
   *
   * @throws ParagraphTooLongException if the line is longer than the limit
   */
  String next() throws IOException {
    line.setLength(0);
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = Math.max(0, in.read(buffer));
        pos = 0;
        if (end == 0) {
          return any ? line.toString() : null;
        }
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buffer[pos] != '\n' && buffer[pos] != '\r') {
        pos++;
      }
      if (line.length() + (pos - start) > maxChars) {
        throw new ParagraphTooLongException(number + 1, maxChars);
      }
      line.append(buffer, start, pos - start);
      if (pos < end) {
        skipLineFeed = buffer[pos++] == '\r';
        number++;
        return line.toString();
      }
    }
  }
}
