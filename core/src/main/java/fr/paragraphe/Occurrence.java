package fr.paragraphe;

/**
 * One occurrence of a match in its context: one line of a concordance. {@code left + match + right}
 * is a stretch of the paragraph's text as written.
 *
 * @param source the paragraph's source
 * @param paragraph its number in the source, from 1
 * @param section the heading it falls under, or null
 * @param page the page it starts on, from 1, or 0 where its source has no pages
 * @param match what matched, as written: the text a {@link Hit} highlights
 * @param start where the match starts in the paragraph's text (UTF-16 offset)
 * @param end where it ends, excluded
 * @param left the text before the match, at most the width asked for, cut at a word boundary
 * @param right the text after the match, likewise
 */
public record Occurrence(
    String source,
    int paragraph,
    String section,
    int page,
    String match,
    int start,
    int end,
    String left,
    String right) {}
