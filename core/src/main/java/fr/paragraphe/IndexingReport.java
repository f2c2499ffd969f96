package fr.paragraphe;

/**
 * What one indexing run committed.
 *
 * @param sources sources indexed (each replacing its earlier version, if any)
 * @param paragraphs paragraphs indexed
 * @param characters characters of paragraph text indexed
 * @param skipped files found in directories and left out (each reported to the listener with its
 *     reason)
 */
public record IndexingReport(int sources, long paragraphs, long characters, int skipped) {}
