package fr.paragraphe;

import java.util.List;

/**
 * The answer to one search.
 *
 * @param query the query as given
 * @param total the exact number of matching paragraphs (duplicates included)
 * @param hits the best hits, best first, at most the limit asked for
 */
public record SearchResult(String query, long total, List<Hit> hits) {}
