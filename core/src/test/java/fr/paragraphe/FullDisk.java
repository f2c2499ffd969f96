package fr.paragraphe;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory in memory whose disk fills up: writes beyond a budget of bytes fail as a full disk
 * does.
 */
final class FullDisk extends FilterDirectory {
  static final String FULL = "No space left on device";

  private final AtomicLong written = new AtomicLong();
  private volatile long budget = Long.MAX_VALUE;
  private volatile boolean closed;

  FullDisk() {
    super(new ByteBuffersDirectory());
  }

  /** From now on, only this many more bytes can be written. */
  void fillUpAfter(long bytes) {
    budget = written.get() + bytes;
  }

  void freeSpace() {
    budget = Long.MAX_VALUE;
  }

  boolean isClosed() {
    return closed;
  }

  /** The files on the disk that the last commit does not reference (the lock aside). */
  Set<String> strayFiles() throws IOException {
    Set<String> stray = new TreeSet<>(Arrays.asList(listAll()));
    stray.removeAll(SegmentInfos.readLatestCommit(this).files(true));
    stray.remove(IndexWriter.WRITE_LOCK_NAME);
    return stray;
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    return new Limited(name, super.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    IndexOutput out = super.createTempOutput(prefix, suffix, context);
    return new Limited(out.getName(), out);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    super.close();
  }

  private final class Limited extends FilterIndexOutput {
    Limited(String name, IndexOutput out) {
      super("limited(" + name + ")", name, out);
    }

    private void spend(long bytes) throws IOException {
      if (written.addAndGet(bytes) > budget) {
        throw new IOException(FULL);
      }
    }

    @Override
    public void writeByte(byte b) throws IOException {
      spend(1);
      super.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      spend(length);
      super.writeBytes(b, offset, length);
    }
  }
}
