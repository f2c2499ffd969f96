package fr.paragraphe.opensearch;

import fr.paragraphe.IndexingListener;
import fr.paragraphe.spi.IndexedParagraph;
import fr.paragraphe.spi.ParagraphFields;
import fr.paragraphe.spi.ParagraphSink;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts paragraphs into a cluster index with the bulk API, each under its stable id, so that pushing
 * the same paragraphs twice changes nothing. A source is replaced by overwriting its paragraphs,
 * then deleting those numbered beyond its new last one: searches never see the source missing, but
 * (unlike the embedded index, whose commits are atomic) may briefly see it half old, half new.
 *
 * <p>A paragraph the cluster refuses is reported to the listener as a warning naming it; {@link
 * #refused()} counts them, and the caller decides what that means for the run.
 */
final class ClusterSink implements ParagraphSink {
  /**
   * Bulk requests stay under this many bytes of JSON: well below http.max_content_length (100 MB).
   */
  static final int MAX_BULK_BYTES = 8 * 1024 * 1024;

  /**
   * Tries again of paragraphs refused because the cluster is busy (HTTP 429 per item), with pauses
   * doubling.
   */
  static final int BUSY_RETRIES = 4;

  /** The first pause before sending busy-refused paragraphs again: 0.5, 1, 2, 4 s. */
  static final Duration BUSY_PAUSE = Duration.ofMillis(500);

  private final ClusterConnection cluster;
  private final String index;
  private final IndexingListener listener;

  /** A new index holds nothing older to delete. */
  private final boolean fresh;

  private final AtomicLong refused = new AtomicLong();
  private final AtomicReference<String> firstRefusal = new AtomicReference<>();

  ClusterSink(ClusterConnection cluster, String index, IndexingListener listener, boolean fresh) {
    this.cluster = cluster;
    this.index = index;
    this.listener = listener;
    this.fresh = fresh;
  }

  @Override
  public void beginSource(String source) {}

  @Override
  public void accept(List<IndexedParagraph> paragraphs) {
    List<IndexedParagraph> batch = new ArrayList<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (IndexedParagraph paragraph : paragraphs) {
      byte[] lines = bulkLines(paragraph);
      if (!batch.isEmpty() && body.size() + lines.length > MAX_BULK_BYTES) {
        send(batch, body.toByteArray());
        batch = new ArrayList<>();
        body.reset();
      }
      batch.add(paragraph);
      body.writeBytes(lines);
    }
    if (!batch.isEmpty()) {
      send(batch, body.toByteArray());
    }
  }

  @Override
  public void endSource(String source, int lastParagraph) {
    if (fresh) {
      return;
    }
    JsonObject beyondLast =
        Json.createObjectBuilder()
            .add(
                "query",
                Json.createObjectBuilder()
                    .add(
                        "bool",
                        Json.createObjectBuilder()
                            .add(
                                "filter",
                                Json.createArrayBuilder()
                                    .add(term(ParagraphFields.SOURCE, source))
                                    .add(
                                        Json.createObjectBuilder()
                                            .add(
                                                "range",
                                                Json.createObjectBuilder()
                                                    .add(
                                                        ParagraphFields.PARAGRAPH,
                                                        Json.createObjectBuilder()
                                                            .add("gt", lastParagraph)))))))
            .build();
    cluster.send(
        "POST",
        "/" + index + "/_delete_by_query",
        beyondLast,
        ClusterConnection.params("conflicts", "proceed"));
  }

  long refused() {
    return refused.get();
  }

  /** The first refusal, as "source#n: reason", or null. */
  String firstRefusal() {
    return firstRefusal.get();
  }

  /**
   * One bulk request, then again for the paragraphs the cluster turned away for being busy (429),
   * after a growing pause; any other refusal, or still busy after {@link #BUSY_RETRIES} tries, is
   * reported.
   */
  private void send(List<IndexedParagraph> paragraphs, byte[] body) {
    List<IndexedParagraph> pending = refusedAsBusy(paragraphs, body, BUSY_RETRIES == 0);
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      pause(attempt);
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      pending.forEach(paragraph -> again.writeBytes(bulkLines(paragraph)));
      pending = refusedAsBusy(pending, again.toByteArray(), attempt == BUSY_RETRIES);
    }
  }

  /** Sends the paragraphs; reports those refused for good, returns those refused for now. */
  private List<IndexedParagraph> refusedAsBusy(
      List<IndexedParagraph> paragraphs, byte[] body, boolean lastTry) {
    JsonObject answer = cluster.bulk("/_bulk", body);
    List<IndexedParagraph> busy = new ArrayList<>();
    if (!answer.getBoolean("errors", false)) {
      return busy;
    }
    // Items come back in the order they were sent.
    List<JsonValue> items = answer.getJsonArray("items");
    for (int i = 0; i < items.size(); i++) {
      JsonObject result = items.get(i).asJsonObject().getJsonObject("index");
      if (result != null && result.containsKey("error")) {
        IndexedParagraph paragraph = paragraphs.get(i);
        if (result.getInt("status", 0) == 429 && !lastTry) {
          busy.add(paragraph);
          continue;
        }
        String reason = ClusterConnection.reason(result, result.getInt("status", 0));
        refused.incrementAndGet();
        firstRefusal.compareAndSet(null, paragraph.id() + ": " + reason);
        // accept runs on the indexing threads; listeners expect one caller at a time.
        synchronized (listener) {
          listener.warning(
              paragraph.source(),
              "paragraph " + paragraph.paragraph() + " refused by the cluster: " + reason);
        }
      }
    }
    return busy;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(BUSY_PAUSE.toMillis() << (attempt - 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClusterException("interrupted while the cluster was busy", e);
    }
  }

  /** The action line and the document line of a paragraph in a bulk request. */
  private byte[] bulkLines(IndexedParagraph paragraph) {
    return (action(paragraph) + "\n" + document(paragraph) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private String action(IndexedParagraph paragraph) {
    return Json.createObjectBuilder()
        .add("index", Json.createObjectBuilder().add("_index", index).add("_id", paragraph.id()))
        .build()
        .toString();
  }

  static String document(IndexedParagraph paragraph) {
    JsonObjectBuilder doc =
        Json.createObjectBuilder()
            .add(ParagraphFields.ID, paragraph.id())
            .add(ParagraphFields.SOURCE, paragraph.source())
            .add(ParagraphFields.PARAGRAPH, paragraph.paragraph());
    if (paragraph.section() != null) {
      doc.add(ParagraphFields.SECTION, paragraph.section());
    }
    if (paragraph.page() > 0) {
      doc.add(ParagraphFields.PAGE, paragraph.page());
    }
    return doc.add(ParagraphFields.TEXT, paragraph.text())
        .add(ParagraphFields.HASH, paragraph.hash())
        .build()
        .toString();
  }

  private static JsonObjectBuilder term(String field, String value) {
    return Json.createObjectBuilder().add("term", Json.createObjectBuilder().add(field, value));
  }
}
