package fr.paragraphe.analysis;

/**
 * One token of an analysed text, as the index stores it or a query searches it.
 *
 * @param term the term itself ({@code gauch}, or a pair of words such as {@code de_la})
 * @param position its 0-based position; a pair shares the position of its first word, and a removed
 *     stop word leaves a position unused
 * @param startOffset where the text it comes from starts, in UTF-16 units of the analysed text
 * @param endOffset where that text ends (exclusive)
 * @param type the token type: {@code <ALPHANUM>}, {@code <NUM>}... from the tokenizer, {@code gram}
 *     for a pair
 */
public record AnalyzedToken(
    String term, int position, int startOffset, int endOffset, String type) {}
