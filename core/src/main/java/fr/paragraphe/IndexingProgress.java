package fr.paragraphe;

/**
 * How far an indexing run is.
 *
 * @param sourcesDone sources indexed or skipped so far
 * @param sources sources in the run
 * @param paragraphs paragraphs indexed so far
 * @param bytesDone bytes of files read so far (characters for texts held in memory)
 * @param bytes bytes of all the files of the run (0 when unknown)
 */
public record IndexingProgress(
    int sourcesDone, int sources, long paragraphs, long bytesDone, long bytes) {}
