package fr.paragraphe;

/** A paragraph named by its source and 1-based number; the pair is its stable id. */
public record ParagraphRef(String source, int paragraph) {
  /** The id stored in the index: {@code source#paragraph}. */
  public String id() {
    return source + "#" + paragraph;
  }
}
