package fr.paragraphe.index;

import fr.paragraphe.spi.IndexedParagraph;
import fr.paragraphe.spi.ParagraphFields;
import fr.paragraphe.spi.ParagraphSink;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * The embedded index's sink: a source is replaced by deleting its term, then adding; the caller
 * commits.
 */
record LuceneSink(IndexWriter writer) implements ParagraphSink {
  @Override
  public void beginSource(String source) throws IOException {
    writer.deleteDocuments(new Term(ParagraphFields.SOURCE, source));
  }

  @Override
  public void accept(List<IndexedParagraph> paragraphs) throws IOException {
    for (IndexedParagraph paragraph : paragraphs) {
      writer.addDocument(ParagraphDocument.of(paragraph));
    }
  }

  @Override
  public void endSource(String source, int lastParagraph) {}

  /**
   * A commit writes every thread's buffer one after another on its own thread: each thread writes
   * one here.
   */
  @Override
  public void flush() throws IOException {
    while (writer.flushNextBuffer()) {
      // each call writes one buffer, from those no other thread is writing
    }
  }
}
