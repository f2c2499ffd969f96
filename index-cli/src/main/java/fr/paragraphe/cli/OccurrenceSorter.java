package fr.paragraphe.cli;

import fr.paragraphe.Occurrence;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Sorts occurrences by a {@link SortKey} in bounded memory: runs of {@code runSize} lines are
 * sorted in memory, each written to a temporary file, and the files merged (an external merge
 * sort). A concordance that fits in one run never touches the disk. Ties keep the order of arrival,
 * reading order.
 */
final class OccurrenceSorter implements Closeable {
  /** About 25 MB of lines of the default width: far under the 256 MB a concordance may run in. */
  static final int RUN_SIZE = 50_000;

  private record Keyed(String key, long arrival, Occurrence occurrence) {}

  private static final Comparator<Keyed> ORDER =
      Comparator.comparing(Keyed::key).thenComparingLong(Keyed::arrival);

  private final SortKey sortKey;
  private final int runSize;
  private final List<Keyed> run = new ArrayList<>();
  private final List<Path> files = new ArrayList<>();
  private final List<DataInputStream> readers = new ArrayList<>();
  private long arrived;

  OccurrenceSorter(SortKey sortKey, int runSize) {
    this.sortKey = sortKey;
    this.runSize = runSize;
  }

  void add(Occurrence occurrence) throws IOException {
    run.add(new Keyed(sortKey.of(occurrence), arrived++, occurrence));
    if (run.size() == runSize) {
      spill();
    }
  }

  /** The occurrences added, sorted; to be read once, before {@link #close}. */
  Iterator<Occurrence> sorted() throws IOException {
    run.sort(ORDER);
    if (files.isEmpty()) {
      return run.stream().map(Keyed::occurrence).iterator();
    }
    spill();
    PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::line, ORDER));
    for (Path file : files) {
      DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
      readers.add(in);
      Keyed first = read(in);
      if (first != null) {
        heads.add(new Head(first, in));
      }
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public Occurrence next() {
        Head head = heads.poll();
        if (head == null) {
          throw new NoSuchElementException();
        }
        try {
          Keyed following = read(head.in());
          if (following != null) {
            heads.add(new Head(following, head.in()));
          }
        } catch (IOException e) {
          throw new UncheckedIOException("reading a temporary file failed: " + e.getMessage(), e);
        }
        return head.line().occurrence();
      }
    };
  }

  private record Head(Keyed line, DataInputStream in) {}

  private void spill() throws IOException {
    run.sort(ORDER);
    Path file = Files.createTempFile("index-cli-concordance", ".run");
    files.add(file);
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      for (Keyed line : run) {
        write(out, line);
      }
    }
    run.clear();
  }

  private static void write(DataOutputStream out, Keyed line) throws IOException {
    Occurrence o = line.occurrence();
    writeString(out, line.key());
    out.writeLong(line.arrival());
    writeString(out, o.source());
    out.writeInt(o.paragraph());
    writeString(out, o.section());
    out.writeInt(o.page());
    writeString(out, o.match());
    out.writeInt(o.start());
    out.writeInt(o.end());
    writeString(out, o.left());
    writeString(out, o.right());
  }

  /** The next line of a run file, or null at its end. */
  private static Keyed read(DataInputStream in) throws IOException {
    String key;
    try {
      key = readString(in);
    } catch (EOFException end) {
      return null;
    }
    long arrival = in.readLong();
    Occurrence o =
        new Occurrence(
            readString(in),
            in.readInt(),
            readString(in),
            in.readInt(),
            readString(in),
            in.readInt(),
            in.readInt(),
            readString(in),
            readString(in));
    return new Keyed(key, arrival, o);
  }

  /** Any length (writeUTF stops at 64 KB), null as -1. */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    for (DataInputStream in : readers) {
      in.close();
    }
    for (Path file : files) {
      Files.deleteIfExists(file);
    }
  }
}
