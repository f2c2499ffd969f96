package fr.paragraphe;

import java.util.List;

/**
 * One matching paragraph.
 *
 * @param section the heading the paragraph falls under, or null
 * @param page the page the paragraph starts on, from 1, or 0 where its source has no pages
 * @param text the paragraph as indexed
 * @param highlights what matched, as offsets into {@code text}, in order, not overlapping; a phrase
 *     is one span
 * @param duplicates the other paragraphs with the same normalised text, when duplicates are
 *     collapsed
 * @param explanation why the paragraph matched and how its score was computed, as indented lines
 *     (Lucene's explanation, scores with three decimals), or null unless {@link
 *     SearchOptions#explain()} was asked
 */
public record Hit(
    String source,
    int paragraph,
    String section,
    int page,
    float score,
    String text,
    List<Span> highlights,
    List<ParagraphRef> duplicates,
    String explanation) {}
