package fr.paragraphe.documents;

import java.time.Duration;
import java.util.Locale;

/**
 * What one document may cost before it is refused with an {@link
 * fr.paragraphe.spi.UnreadableDocumentException} (and so skipped by an indexing run).
 *
 * @param maxChars the most text one document may give, in characters, headings included: past it
 *     the document is refused (a zip bomb, or text that explodes). 100 M characters by default,
 *     some fifty times the longest novel; the text past {@code spoolChars} goes to a temporary
 *     file, not the heap.
 * @param maxBlockChars the longest paragraph, in characters (1 Mi by default): a paragraph is built
 *     in memory, and one this long is a file without structure rather than a paragraph
 * @param timeLimit how long reading one document may take (120 s by default), plus {@code
 *     timePerMegabyte}; the parser runs on a thread of its own, interrupted and abandoned past it
 * @param timePerMegabyte time added to the limit for each megabyte of the file (1 s by default): a
 *     300 MB PDF of text takes minutes to read, while a parser stuck on a small damaged file is
 *     stopped after about {@code timeLimit}
 * @param spoolChars blocks are kept in memory up to this many characters (1 Mi by default, about 2
 *     MB of heap), then written to a temporary file deleted on close
 */
public record Limits(
    long maxChars,
    int maxBlockChars,
    Duration timeLimit,
    Duration timePerMegabyte,
    long spoolChars) {

  /** The defaults above. */
  public static final Limits DEFAULT =
      new Limits(100_000_000L, 1 << 20, Duration.ofSeconds(120), Duration.ofSeconds(1), 1 << 20);

  public Limits {
    if (maxChars < 1 || maxBlockChars < 1 || spoolChars < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (!timeLimit.isPositive() || timePerMegabyte.isNegative()) {
      throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
    }
  }

  public Limits withMaxChars(long chars) {
    return new Limits(chars, maxBlockChars, timeLimit, timePerMegabyte, spoolChars);
  }

  public Limits withMaxBlockChars(int chars) {
    return new Limits(maxChars, chars, timeLimit, timePerMegabyte, spoolChars);
  }

  /** The time limit, with nothing added per megabyte. */
  public Limits withTimeLimit(Duration limit) {
    return new Limits(maxChars, maxBlockChars, limit, Duration.ZERO, spoolChars);
  }

  public Limits withTimeLimit(Duration limit, Duration perMegabyte) {
    return new Limits(maxChars, maxBlockChars, limit, perMegabyte, spoolChars);
  }

  public Limits withSpoolChars(long chars) {
    return new Limits(maxChars, maxBlockChars, timeLimit, timePerMegabyte, chars);
  }

  /** The time a file of that many bytes may take to read. */
  Duration timeFor(long bytes) {
    return timeLimit.plus(timePerMegabyte.multipliedBy(bytes / 1_000_000));
  }

  /** {@code 100,000,000}: numbers in messages, grouped for reading. */
  static String format(long number) {
    return String.format(Locale.ROOT, "%,d", number);
  }
}
