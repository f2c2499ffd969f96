package fr.paragraphe;

/**
 * What one indexing run committed.
 *
 * @param sources sources indexed (each replacing its earlier version, if any)
 * @param paragraphs paragraphs indexed
 * @param characters characters of paragraph text indexed
 * @param skipped files found in directories and left out (each reported to the listener with its
 *     reason)
 * @param added of the sources indexed, those the index did not hold before (the others changed);
 *     counted where the index keeps a record of its sources (the embedded index), else 0
 * @param unchanged files left as the index held them, not read again: the same size and time, or
 *     the same bytes, as when they were indexed, read the same way
 * @param removed sources removed because their file is gone from a directory indexed again
 */
public record IndexingReport(
    int sources,
    long paragraphs,
    long characters,
    int skipped,
    int added,
    int unchanged,
    int removed) {

  /** A report of a run that knows nothing of earlier runs (into a cluster, say). */
  public IndexingReport(int sources, long paragraphs, long characters, int skipped) {
    this(sources, paragraphs, characters, skipped, 0, 0, 0);
  }

  /** Sources indexed again, replacing an earlier version. */
  public int changed() {
    return sources - added;
  }
}
