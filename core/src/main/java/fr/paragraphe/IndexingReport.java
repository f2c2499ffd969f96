package fr.paragraphe;

/**
 * What one indexing run committed.
 *
 * @param sources sources indexed (each replacing its earlier version, if any)
 * @param paragraphs paragraphs indexed
 * @param characters characters of paragraph text indexed
 */
public record IndexingReport(int sources, long paragraphs, long characters) {}
