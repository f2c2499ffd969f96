package fr.paragraphe.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a text into {@link Paragraph}s, line by line, holding one paragraph in memory at a time.
 *
 * <p>Rules: in {@link ParagraphMode#LINES} every non-blank line is a paragraph; in {@link
 * ParagraphMode#BLANK_LINES} blank lines separate paragraphs and the lines of one paragraph are
 * joined with a space, or with nothing after a word broken by a hyphen before a lower-case letter
 * ({@code contre-} / {@code offensive}). A heading is a short line without lower-case letters or
 * final punctuation ({@code CONTRE-OFFENSIVE EN PRÉPARATION}), or a Markdown {@code #} line: it is
 * a paragraph of its own, even when the text follows it without a blank line, and the section of
 * the paragraphs after it.
 */
public final class ParagraphSplitter {

  /** What receives the paragraphs, in order. */
  @FunctionalInterface
  public interface Sink {
    void accept(Paragraph paragraph) throws IOException;
  }

  /**
   * The longest paragraph, in characters (64 Mi). A paragraph is one Lucene document, analysed and
   * stored in one piece, and a hit prints it whole: real paragraphs are a few thousand characters,
   * and text this long without a blank line is a file without line breaks, which should be split
   * rather than held in memory.
   */
  public static final int MAX_PARAGRAPH_CHARS = 64 * 1024 * 1024;

  /** Longer lines are text, whatever their case. */
  static final int MAX_HEADING_LENGTH = 100;

  private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+(.*?)\\s*#*\\s*");
  private static final String FINAL_PUNCTUATION = ".,;:!?…»\"”)]";

  private ParagraphSplitter() {}

  /**
   * What a text looks like, read to its end: the mode {@link ParagraphMode#AUTO} resolves to, and
   * whether it has any non-blank line.
   */
  public record Shape(ParagraphMode mode, boolean hasText) {}

  /**
   * Reads the text to its end and tells its {@link Shape}.
   *
   * @throws ParagraphTooLongException if a line is longer than {@link #MAX_PARAGRAPH_CHARS}
   */
  public static Shape shape(BufferedReader text) throws IOException {
    boolean seenText = false;
    boolean blankAfterText = false;
    LineReader lines = new LineReader(text, MAX_PARAGRAPH_CHARS);
    for (String line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        blankAfterText = seenText;
      } else if (blankAfterText) {
        return new Shape(ParagraphMode.BLANK_LINES, true);
      } else {
        seenText = true;
      }
    }
    return new Shape(ParagraphMode.LINES, seenText);
  }

  /** The mode {@link ParagraphMode#AUTO} resolves to for this text: reads it to the end. */
  public static ParagraphMode detect(BufferedReader text) throws IOException {
    return shape(text).mode();
  }

  /**
   * Sends the paragraphs of {@code text} to {@code sink}.
   *
   * @param mode {@link ParagraphMode#LINES} or {@link ParagraphMode#BLANK_LINES}; resolve {@link
   *     ParagraphMode#AUTO} with {@link #detect} first
   * @throws ParagraphTooLongException if a paragraph is longer than {@link #MAX_PARAGRAPH_CHARS};
   *     the paragraphs before it have been sent
   */
  public static void split(BufferedReader text, ParagraphMode mode, Sink sink) throws IOException {
    split(text, mode, sink, MAX_PARAGRAPH_CHARS);
  }

  /** {@link #split(BufferedReader, ParagraphMode, Sink)} with another limit, for tests. */
  static void split(BufferedReader text, ParagraphMode mode, Sink sink, int maxChars)
      throws IOException {
    if (mode == ParagraphMode.AUTO) {
      throw new IllegalArgumentException("resolve AUTO with detect() before splitting");
    }
    new Cutter(mode, sink, maxChars).run(text);
  }

  /**
   * The paragraphs of a text held in memory; {@link ParagraphMode#AUTO} is resolved here.
   *
   * @throws UncheckedIOException caused by a {@link ParagraphTooLongException} if a paragraph is
   *     too long
   */
  public static List<Paragraph> split(String text, ParagraphMode mode) {
    List<Paragraph> paragraphs = new ArrayList<>();
    try {
      ParagraphMode resolved =
          mode == ParagraphMode.AUTO ? detect(new BufferedReader(new StringReader(text))) : mode;
      split(new BufferedReader(new StringReader(text)), resolved, paragraphs::add);
    } catch (ParagraphTooLongException e) {
      throw new UncheckedIOException("line " + e.line() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return paragraphs;
  }

  /** The section a line names if it is a heading, else null. */
  static String headingOf(String line) {
    if (line.length() > MAX_HEADING_LENGTH) {
      return null;
    }
    var markdown = MARKDOWN_HEADING.matcher(line);
    if (markdown.matches()) {
      return markdown.group(1).isEmpty() ? null : markdown.group(1);
    }
    if (FINAL_PUNCTUATION.indexOf(line.charAt(line.length() - 1)) >= 0) {
      return null;
    }
    int letters = 0;
    for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
      int c = line.codePointAt(i);
      if (Character.isLowerCase(c)) {
        return null;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2 ? line : null;
  }

  /** The state of one pass over a text. */
  private static final class Cutter {
    private final ParagraphMode mode;
    private final Sink sink;
    private final int maxChars;
    private final StringBuilder pending = new StringBuilder();
    private int pendingLine;
    private int number;
    private String section;

    Cutter(ParagraphMode mode, Sink sink, int maxChars) {
      this.mode = mode;
      this.sink = sink;
      this.maxChars = maxChars;
    }

    void run(BufferedReader text) throws IOException {
      int lineNumber = 0;
      LineReader lines = new LineReader(text, maxChars);
      for (String raw = lines.next(); raw != null; raw = lines.next()) {
        lineNumber++;
        String line = raw.strip();
        if (line.isEmpty()) {
          flush();
          continue;
        }
        String heading = headingOf(line);
        if (heading != null && pending.isEmpty()) {
          section = heading;
          emit(line, lineNumber, true);
        } else if (mode == ParagraphMode.LINES) {
          emit(line, lineNumber, false);
        } else {
          append(line, lineNumber);
        }
      }
      flush();
    }

    private void append(String line, int lineNumber) throws ParagraphTooLongException {
      if (pending.isEmpty()) {
        pendingLine = lineNumber;
      } else if (!brokenWord(pending, line)) {
        pending.append(' ');
      }
      // Checked before appending, so the paragraph never grows past the limit.
      if (pending.length() + line.length() > maxChars) {
        throw new ParagraphTooLongException(pendingLine, maxChars);
      }
      pending.append(line);
    }

    /** A line ending in letter + hyphen, followed by a lower-case letter: one word cut in two. */
    private static boolean brokenWord(CharSequence before, String after) {
      int n = before.length();
      return n >= 2
          && before.charAt(n - 1) == '-'
          && Character.isLetter(before.charAt(n - 2))
          && Character.isLowerCase(after.codePointAt(0));
    }

    private void flush() throws IOException {
      if (!pending.isEmpty()) {
        emit(pending.toString(), pendingLine, false);
        pending.setLength(0);
      }
    }

    private void emit(String text, int line, boolean heading) throws IOException {
      sink.accept(new Paragraph(++number, line, section, text, heading));
    }
  }
}
