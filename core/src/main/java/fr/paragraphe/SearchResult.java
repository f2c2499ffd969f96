package fr.paragraphe;

import java.util.List;

/**
 * The answer to one search.
 *
 * @param query the query as given
 * @param total the exact number of matching paragraphs (duplicates included)
 * @param hits the best hits, best first, at most the limit asked for
 * @param parsedQuery the query as searched: the terms the analysis made of it ({@code "rive gauch
 *     du tigr"}, {@code +rive +gauch +tigr}), with the stop words left out of bare words named
 *     after it
 */
public record SearchResult(String query, long total, List<Hit> hits, String parsedQuery) {}
