package fr.paragraphe;

import java.time.Instant;

/**
 * A source the index holds.
 *
 * @param source its name: for a file, its absolute path ({@link Source#nameOf})
 * @param format what it was read as ({@link Source#format()})
 * @param paragraphs how many paragraphs it has
 * @param indexed when it was read
 */
public record IndexedSource(String source, String format, int paragraphs, Instant indexed) {}
