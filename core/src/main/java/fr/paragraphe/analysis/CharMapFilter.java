package fr.paragraphe.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * The chain's character map ({@link AnalysisChain#CHAR_MAP}) in one pass over each buffer: every
 * rule maps one character to at most one, so no lookahead is needed. {@code MappingCharFilter}
 * gives the same characters and offsets (compared for every mapped character in {@code
 * CharMapFilterTest}) through a dictionary lookup and a rolling buffer per character, which Lucene
 * documents as slow.
 */
final class CharMapFilter extends BaseCharFilter {
  /** Characters written so far, after deletions. */
  private int written;

  /** Characters deleted so far: the offset correction from there on. */
  private int deleted;

  CharMapFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int kept = 0;
    while (kept == 0) {
      int read = input.read(buffer, offset, length);
      if (read < 0) {
        return -1;
      }
      int out = offset;
      for (int i = offset; i < offset + read; i++) {
        int mapped = AnalysisChain.mapChar(buffer[i]);
        if (mapped >= 0) {
          buffer[out++] = (char) mapped;
        } else {
          // As MappingCharFilter: from the place of a deleted character on, offsets move by one.
          addOffCorrectMap(written + out - offset, ++deleted);
        }
      }
      kept = out - offset;
      written += kept;
    }
    return kept;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }
}
