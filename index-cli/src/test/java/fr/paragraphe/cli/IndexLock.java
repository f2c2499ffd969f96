package fr.paragraphe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether some process holds the write lock of an index, seen from outside through Linux's
 * /proc/locks, so that a test can wait for a writer without taking the lock itself (which would
 * make the writer fail).
 */
final class IndexLock {
  private IndexLock() {}

  static boolean isHeld(Path index) throws IOException {
    Path lock = index.resolve("write.lock");
    if (!Files.exists(lock)) {
      return false;
    }
    String inode = ":" + Files.getAttribute(lock, "unix:ino") + " ";
    return Files.readAllLines(Path.of("/proc/locks")).stream()
        .anyMatch(line -> line.contains(inode));
  }

  /** Waits until a process holds the lock of {@code index}, or {@code writer} has ended. */
  static void awaitHeld(Path index, Process writer) throws IOException, InterruptedException {
    while (!isHeld(index) && writer.isAlive()) {
      Thread.sleep(10);
    }
  }
}
