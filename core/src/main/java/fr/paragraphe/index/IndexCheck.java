package fr.paragraphe.index;

import fr.paragraphe.ForeignIndexException;
import fr.paragraphe.IndexBusyException;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Verifies an index on disk with Lucene's {@link CheckIndex} (every file's checksum, and each
 * segment read through), and says what is wrong in one line per problem.
 */
final class IndexCheck {
  private IndexCheck() {}

  /** The problems found, one line each; none when the index is sound. */
  static List<String> problems(Directory directory, String name) throws IOException {
    List<String> problems = new ArrayList<>();
    try {
      IndexStore.checkFormat(directory, name);
    } catch (ForeignIndexException e) {
      problems.add(e.getMessage());
    } catch (IOException e) {
      // Without a readable commit there is nothing more to check: CheckIndex would only say the
      // same.
      problems.add(
          "its commit ("
              + String.join(" ", segmentsFiles(directory))
              + ") cannot be read: "
              + describe(e));
      return problems;
    }
    // CheckIndex takes the write lock, so that no writer changes the files under it.
    CheckIndex.Status status;
    try (CheckIndex checker = new CheckIndex(directory)) {
      status = checker.checkIndex();
    } catch (LockObtainFailedException e) {
      throw new IndexBusyException(name, e);
    }
    for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
      if (segment.error != null) {
        problems.add(
            "segment "
                + segment.name
                + " ("
                + segment.maxDoc
                + " paragraphs): "
                + describe(segment.error));
      }
    }
    if (!status.clean && problems.isEmpty()) {
      problems.add(
          "Lucene's CheckIndex finds it damaged"
              + (status.missingSegments ? ": its commit cannot be read" : ""));
    }
    return problems;
  }

  /** What went wrong in a file, in one line. */
  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException missing) {
      return "missing file " + missing.getFile();
    }
    if (e instanceof FileNotFoundException || e instanceof EOFException) {
      return "truncated or missing file: " + firstLine(e);
    }
    if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
      return "written by another Lucene version: " + firstLine(e);
    }
    // Lucene wraps a missing file in a CorruptIndexException ("Problem reading index."): the file
    // says more.
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof NoSuchFileException || cause instanceof FileNotFoundException) {
        return describe(cause);
      }
    }
    return firstLine(e);
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static List<String> segmentsFiles(Directory directory) throws IOException {
    return List.of(directory.listAll()).stream()
        .filter(file -> file.startsWith("segments"))
        .toList();
  }
}
