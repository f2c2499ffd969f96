package fr.paragraphe;

/**
 * A highlighted stretch of a paragraph's text: characters {@code [start, end)}, as in {@link
 * String#substring}.
 */
public record Span(int start, int end) {}
