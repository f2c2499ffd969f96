package fr.paragraphe;

import fr.paragraphe.input.ParagraphMode;
import fr.paragraphe.input.TextFiles;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * How an indexing run reads its input.
 *
 * @param mode how texts are cut into paragraphs; {@link ParagraphMode#AUTO} decides for each
 * @param encoding the encoding of every file, or null to detect each (see {@link fr.paragraphe.input.TextFile})
 * @param globs which files of a directory are taken (see {@link TextFiles#find}); empty for the default
 * @param listener hears skipped files, warnings and progress
 */
public record IndexingOptions(ParagraphMode mode, Charset encoding, List<String> globs, IndexingListener listener) {
  /** Paragraph mode and encodings detected, default globs, nobody listening. */
  public static final IndexingOptions DEFAULT =
      new IndexingOptions(ParagraphMode.AUTO, null, List.of(), IndexingListener.NONE);

  public IndexingOptions {
    Objects.requireNonNull(mode, "mode");
    globs = List.copyOf(globs);
    Objects.requireNonNull(listener, "listener");
  }

  public IndexingOptions withMode(ParagraphMode newMode) {
    return new IndexingOptions(newMode, encoding, globs, listener);
  }

  public IndexingOptions withEncoding(Charset newEncoding) {
    return new IndexingOptions(mode, newEncoding, globs, listener);
  }

  public IndexingOptions withGlobs(List<String> newGlobs) {
    return new IndexingOptions(mode, encoding, newGlobs, listener);
  }

  public IndexingOptions withListener(IndexingListener newListener) {
    return new IndexingOptions(mode, encoding, globs, newListener);
  }
}
