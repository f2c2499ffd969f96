package fr.paragraphe.documents;

import java.time.Duration;
import java.util.Locale;

/**
 * What one document may cost before it is refused with an {@link
 * fr.paragraphe.spi.UnreadableDocumentException} (and so skipped by an indexing run).
 *
 * @param maxChars the most text one document may give, in characters, headings included: past it
 *     the document is refused (a zip bomb, or text that explodes). 100 M characters by default,
 *     some fifty times the longest novel; the text past the spool threshold goes to a temporary
 *     file, not the heap.
 * @param maxBlockChars the longest paragraph, in characters (1 Mi by default): a paragraph is built
 *     in memory, and one this long is a file without structure rather than a paragraph
 * @param timeLimit how long reading one document may take (120 s by default); the parser runs on a
 *     thread of its own, interrupted and abandoned past it
 * @param spoolChars blocks are kept in memory up to this many characters (1 Mi by default, about 2
 *     MB of heap), then written to a temporary file deleted on close
 */
public record Limits(long maxChars, int maxBlockChars, Duration timeLimit, long spoolChars) {

  /** The defaults above. */
  public static final Limits DEFAULT =
      new Limits(100_000_000L, 1 << 20, Duration.ofSeconds(120), 1 << 20);

  public Limits {
    if (maxChars < 1 || maxBlockChars < 1 || spoolChars < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
    }
  }

  public Limits withMaxChars(long chars) {
    return new Limits(chars, maxBlockChars, timeLimit, spoolChars);
  }

  public Limits withMaxBlockChars(int chars) {
    return new Limits(maxChars, chars, timeLimit, spoolChars);
  }

  public Limits withTimeLimit(Duration limit) {
    return new Limits(maxChars, maxBlockChars, limit, spoolChars);
  }

  public Limits withSpoolChars(long chars) {
    return new Limits(maxChars, maxBlockChars, timeLimit, chars);
  }

  /** {@code 100,000,000}: numbers in messages, grouped for reading. */
  static String format(long number) {
    return String.format(Locale.ROOT, "%,d", number);
  }
}
