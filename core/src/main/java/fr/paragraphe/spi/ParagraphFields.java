package fr.paragraphe.spi;

import fr.paragraphe.ParagraphRef;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The fields of the document of one paragraph, by name: the same in the embedded index and in any
 * copy of it elsewhere (an OpenSearch index, for one).
 */
public final class ParagraphFields {
  /**
   * {@code source#paragraph} ({@link ParagraphRef#id()}): the stable id, also used by copies of the
   * index.
   */
  public static final String ID = "id";

  /** The source name, as one term: a source is replaced by deleting that term. */
  public static final String SOURCE = "source";

  /** The paragraph number in its source, from 1. */
  public static final String PARAGRAPH = "paragraph";

  /** The heading the paragraph falls under; absent when none. */
  public static final String SECTION = "section";

  /** The page the paragraph starts on, from 1; absent where the source has no pages. */
  public static final String PAGE = "page";

  /**
   * The paragraph text: analysed by {@code FrenchParagraphAnalyzer.Mode.INDEX}, stored, with
   * positions.
   */
  public static final String TEXT = "text";

  /**
   * The hash of the normalised text ({@link IndexedParagraph#hashOf}): equal hashes are duplicates.
   */
  public static final String HASH = "hash";

  /**
   * How {@link #TEXT} is indexed in the embedded index: tokenized, stored, with positions. No
   * offsets: they took a fifth of the index, and highlighting finds the few shown matches by
   * analysing their paragraphs again. Frozen.
   */
  public static final FieldType TEXT_TYPE = textType();

  private ParagraphFields() {}

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }
}
