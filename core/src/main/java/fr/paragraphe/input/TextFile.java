package fr.paragraphe.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A text file whose encoding and paragraph mode have been worked out, ready to be read as text.
 *
 * <p>How the encoding is chosen, unless one is forced: a byte-order mark names it (UTF-8,
 * UTF-16LE/BE); otherwise the file is UTF-8 if all of it decodes as UTF-8, else Windows-1252, the
 * usual "Latin-1" of French text (where {@code ’} is byte 0x92, and which decodes any byte). A NUL
 * byte in the first {@value #BINARY_PROBE_BYTES} bytes, without a UTF-16 mark, means a binary file
 * (as git decides).
 *
 * @param charset the encoding the text is read with
 * @param skipBytes bytes of byte-order mark skipped at the start
 * @param mode the paragraph mode the text calls for ({@link ParagraphMode#AUTO} resolved)
 * @param fallback whether the file was not valid UTF-8 and is read as Windows-1252
 */
public record TextFile(
    Path path, Charset charset, int skipBytes, ParagraphMode mode, boolean fallback) {

  /** The encoding of files that are not valid UTF-8. */
  public static final Charset FALLBACK = Charset.forName("windows-1252");

  static final int BINARY_PROBE_BYTES = 8000;

  private static final int BUFFER_CHARS = 1 << 16;

  /**
   * Reads the file once to choose its encoding and paragraph mode.
   *
   * @param forced the encoding to use, or null to detect it
   * @throws NotTextException if the file is empty, blank or binary
   * @throws IOException if it cannot be read
   */
  public static TextFile inspect(Path path, Charset forced) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(BINARY_PROBE_BYTES);
    }
    if (head.length == 0) {
      throw new NotTextException("empty file");
    }
    Charset marked = markedCharset(head);
    int skip = marked == null ? 0 : marked == StandardCharsets.UTF_8 ? 3 : 2;
    if (forced != null && marked != forced) {
      skip = 0;
    }
    if (forced == null && marked == null && contains(head, (byte) 0)) {
      throw new NotTextException("binary file");
    }
    Charset charset = forced != null ? forced : marked != null ? marked : StandardCharsets.UTF_8;
    boolean strict = forced == null;
    try {
      return new TextFile(path, charset, skip, shape(path, charset, skip, strict), false);
    } catch (CharacterCodingException notUtf8) {
      return new TextFile(path, FALLBACK, skip, shape(path, FALLBACK, skip, false), true);
    }
  }

  /** Opens the text; {@code bytesRead}, if not null, counts the bytes consumed (for progress). */
  public BufferedReader open(AtomicLong bytesRead) throws IOException {
    return reader(path, charset, skipBytes, false, bytesRead);
  }

  private static ParagraphMode shape(Path path, Charset charset, int skip, boolean strict)
      throws IOException {
    try (BufferedReader text = reader(path, charset, skip, strict, null)) {
      ParagraphSplitter.Shape shape = ParagraphSplitter.shape(text);
      if (!shape.hasText()) {
        throw new NotTextException(
            skip > 0 && Files.size(path) == skip ? "empty file" : "no text (blank lines only)");
      }
      return shape.mode();
    }
  }

  private static BufferedReader reader(
      Path path, Charset charset, int skip, boolean strict, AtomicLong counter) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER_CHARS);
    if (counter != null) {
      in = new CountingStream(in, counter);
    }
    in.skipNBytes(skip);
    CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
    CharsetDecoder decoder =
        charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    return new BufferedReader(new InputStreamReader(in, decoder), BUFFER_CHARS);
  }

  private static Charset markedCharset(byte[] head) {
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean contains(byte[] bytes, byte wanted) {
    for (byte b : bytes) {
      if (b == wanted) {
        return true;
      }
    }
    return false;
  }

  /** Adds the bytes read to a shared counter. */
  private static final class CountingStream extends FilterInputStream {
    private final AtomicLong counter;

    CountingStream(InputStream in, AtomicLong counter) {
      super(in);
      this.counter = counter;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counter.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counter.addAndGet(n);
      }
      return n;
    }
  }
}
