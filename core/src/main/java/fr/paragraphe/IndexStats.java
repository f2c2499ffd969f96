package fr.paragraphe;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an index holds, as of the commit searches see.
 *
 * @param sources sources with at least one paragraph
 * @param paragraphs paragraphs, duplicates included
 * @param duplicateTexts distinct normalised texts held by more than one paragraph
 * @param duplicateParagraphs paragraphs beyond the first of each such text (what collapsing
 *     duplicates hides)
 * @param distinctTerms distinct words of the text field, as stems ({@code gauch}); the pairs of
 *     common words indexed beside them ({@code de_la}) are not counted
 * @param sizeInBytes the size of the commit's files: on disk, or in memory for an index held in
 *     memory
 * @param luceneVersion the version of Lucene that wrote the commit
 * @param analysis the analysis chain of the index, on one line
 * @param sourcesByFormat how many sources of each {@link Source#format() format}, by format name
 */
public record IndexStats(
    int sources,
    long paragraphs,
    long duplicateTexts,
    long duplicateParagraphs,
    long distinctTerms,
    long sizeInBytes,
    String luceneVersion,
    String analysis,
    Map<String, Integer> sourcesByFormat) {

  public IndexStats {
    sourcesByFormat = Collections.unmodifiableMap(new TreeMap<>(sourcesByFormat));
  }
}
