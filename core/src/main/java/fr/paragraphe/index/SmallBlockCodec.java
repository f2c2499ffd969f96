package fr.paragraphe.index;

import java.io.IOException;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.codecs.StoredFieldsWriter;
import org.apache.lucene.codecs.lucene90.LZ4WithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;

/**
 * Lucene's default codec, writing stored fields in blocks of 16 KB instead of 80 KB. A hit's text
 * is read by decompressing its block up to it: with the default blocks that was half of a phrase
 * query's time (the text of 10 hits); small blocks read 10 random paragraphs of ELTeC about six
 * times faster, for stored fields 14% larger.
 *
 * <p>The files are those of Lucene's own {@code BEST_SPEED} stored fields, only cut finer: the
 * block size is written in them, so the default codec reads them, and this codec keeps its name. An
 * index written here opens with plain Lucene, without this class.
 */
final class SmallBlockCodec extends FilterCodec {
  static final Codec INSTANCE = new SmallBlockCodec();

  private static final int BLOCK_BYTES = 16 * 1024;
  private static final int BLOCK_DOCS = 128;

  /** The segment attribute by which Lucene's stored fields format knows how it was written. */
  private static final String MODE_ATTRIBUTE =
      Lucene90StoredFieldsFormat.class.getSimpleName() + ".mode";

  private static final StoredFieldsFormat SMALL_BLOCKS =
      new Lucene90CompressingStoredFieldsFormat(
          "Lucene90StoredFieldsFastData",
          new LZ4WithPresetDictCompressionMode(),
          BLOCK_BYTES,
          BLOCK_DOCS,
          10);

  private final StoredFieldsFormat storedFields =
      new StoredFieldsFormat() {
        @Override
        public StoredFieldsReader fieldsReader(
            Directory directory, SegmentInfo segment, FieldInfos fields, IOContext context)
            throws IOException {
          return delegate.storedFieldsFormat().fieldsReader(directory, segment, fields, context);
        }

        @Override
        public StoredFieldsWriter fieldsWriter(
            Directory directory, SegmentInfo segment, IOContext context) throws IOException {
          segment.putAttribute(MODE_ATTRIBUTE, Lucene90StoredFieldsFormat.Mode.BEST_SPEED.name());
          return SMALL_BLOCKS.fieldsWriter(directory, segment, context);
        }
      };

  private SmallBlockCodec() {
    super(Codec.getDefault().getName(), Codec.getDefault());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
