package fr.paragraphe.documents;

import fr.paragraphe.spi.DocumentReader.Block;
import fr.paragraphe.spi.DocumentReader.Blocks;
import fr.paragraphe.spi.UnreadableDocumentException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Holds the blocks of one document from its reading to its handing over: in memory up to {@link
 * Limits#spoolChars} characters, then in a temporary file (deleted on {@link #close}), so that a
 * document of hundreds of megabytes never sits in the heap. Enforces {@link Limits#maxChars}, and
 * stops the reading once {@link #cancel}led (past the time limit).
 */
final class BlockBuffer implements Blocks {
  private final Limits limits;
  private final List<Block> held = new ArrayList<>();
  private long chars;
  private int count;
  private volatile boolean cancelled;

  /** Null until the blocks outgrow memory. */
  private Path spool;

  private DataOutputStream spoolOut;
  private DataInputStream spoolIn;
  private Iterator<Block> heldIn;

  BlockBuffer(Limits limits) {
    this.limits = limits;
  }

  /** Adds a block of text as {@link BlockText} builds it: not empty. */
  void add(String text, boolean heading, int page) throws IOException {
    checkNotCancelled();
    chars += text.length();
    if (chars > limits.maxChars()) {
      throw new UnreadableDocumentException(
          "more than " + Limits.format(limits.maxChars()) + " characters of text (the limit)");
    }
    count++;
    Block block = new Block(text, heading, page);
    if (spoolOut != null) {
      write(block);
    } else {
      held.add(block);
      if (chars > limits.spoolChars()) {
        spool = Files.createTempFile("paragraphe-blocks-", ".tmp");
        spoolOut =
            new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
        for (Block each : held) {
          write(each);
        }
        held.clear();
      }
    }
  }

  private void write(Block block) throws IOException {
    byte[] text = block.text().getBytes(StandardCharsets.UTF_8);
    spoolOut.writeBoolean(block.heading());
    spoolOut.writeInt(block.page());
    spoolOut.writeInt(text.length);
    spoolOut.write(text);
  }

  int maxBlockChars() {
    return limits.maxBlockChars();
  }

  /** The temporary file, while there is one: for tests. */
  Path spoolFile() {
    return spool;
  }

  /** The number of blocks added. */
  int count() {
    return count;
  }

  /** Stops the reading: the next block added, or {@link #checkNotCancelled}, throws. */
  void cancel() {
    cancelled = true;
  }

  void checkNotCancelled() throws InterruptedIOException {
    if (cancelled) {
      throw new InterruptedIOException("reading stopped past the time limit");
    }
  }

  /** Reading is over: the blocks can be read back, from the first. */
  Blocks finish() throws IOException {
    if (spoolOut != null) {
      spoolOut.close();
      spoolOut = null;
      spoolIn = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16));
    } else {
      heldIn = held.iterator();
    }
    return this;
  }

  @Override
  public Block next() throws IOException {
    if (heldIn != null) {
      return heldIn.hasNext() ? heldIn.next() : null;
    }
    if (spoolIn == null) {
      throw new IllegalStateException("not finished, or closed");
    }
    boolean heading;
    try {
      heading = spoolIn.readBoolean();
    } catch (EOFException end) {
      return null;
    }
    int page = spoolIn.readInt();
    byte[] text = new byte[spoolIn.readInt()];
    spoolIn.readFully(text);
    return new Block(new String(text, StandardCharsets.UTF_8), heading, page);
  }

  /** Deletes the temporary file, if any. */
  @Override
  public void close() throws IOException {
    heldIn = null;
    held.clear();
    try {
      if (spoolOut != null) {
        spoolOut.close();
      }
      if (spoolIn != null) {
        spoolIn.close();
      }
    } finally {
      spoolOut = null;
      spoolIn = null;
      if (spool != null) {
        Files.deleteIfExists(spool);
        spool = null;
      }
    }
  }
}
