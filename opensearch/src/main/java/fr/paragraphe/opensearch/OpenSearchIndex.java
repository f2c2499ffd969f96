package fr.paragraphe.opensearch;

import fr.paragraphe.IndexingListener;
import fr.paragraphe.IndexingOptions;
import fr.paragraphe.IndexingReport;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import fr.paragraphe.Source;
import fr.paragraphe.analysis.AnalyzedToken;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import fr.paragraphe.query.ParsedQuery;
import fr.paragraphe.spi.ParagraphFeed;
import fr.paragraphe.spi.ParagraphFields;
import fr.paragraphe.spi.ParagraphSink;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A paragraphe index on an OpenSearch cluster: the same paragraphs, analysis, query syntax and
 * result records as {@link ParagraphIndex}, for when one machine is not enough. Thread-safe.
 *
 * <pre>{@code
 * try (OpenSearchIndex cluster = OpenSearchIndex.connect(ClusterOptions.of(List.of(URI.create("http://127.0.0.1:9200"))), "paragraphe")) {
 *   cluster.create(2, 1);
 *   cluster.push(embedded, IndexingListener.NONE);
 *   SearchResult result = cluster.search("\"rive gauche du Tigre\"", SearchOptions.DEFAULT);
 * }
 * }</pre>
 *
 * <p>What differs from the embedded index: writes are not atomic (a push or indexing run that fails
 * half way leaves what it sent), scores depend on how paragraphs spread over shards (compare hits
 * as sets), and a prefix is bounded by the cluster's own limits rather than 10,000 words.
 */
public final class OpenSearchIndex implements AutoCloseable {
  /** The index name when none is given. */
  public static final String DEFAULT_NAME = "paragraphe";

  /**
   * OpenSearch's rules for index names, in short: lower case, no separators or wildcards, not
   * starting oddly.
   */
  private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9][a-z0-9_.+-]{0,254}");

  private final ClusterConnection cluster;
  private final String name;

  /** Whether this instance created the index: then it holds no older paragraphs to delete. */
  private volatile boolean createdHere;

  private OpenSearchIndex(ClusterConnection cluster, String name) {
    this.cluster = cluster;
    this.name = name;
  }

  /** Connects to a cluster (no request is sent yet) for the index of that name. */
  public static OpenSearchIndex connect(ClusterOptions options, String name) {
    if (!VALID_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
      throw new ClusterException(
          "not a valid index name: "
              + name
              + " (lower-case letters, digits, - _ . +; not starting with - _ +)");
    }
    return new OpenSearchIndex(new ClusterConnection(options), name);
  }

  public String name() {
    return name;
  }

  /**
   * Whether the cluster holds an index of this name that is a paragraphe index (throws if it is
   * another).
   */
  public boolean exists() {
    JsonObject mapping = cluster.sendOrNull("GET", "/" + name + "/_mapping", null, Map.of());
    if (mapping == null) {
      return false;
    }
    JsonObject text = textMapping(mapping);
    if (text == null || !IndexDefinition.INDEX_ANALYZER.equals(text.getString("analyzer", null))) {
      throw new ClusterException(
          "the index "
              + name
              + " on "
              + cluster.nodes()
              + " is not a paragraphe index (its text field is not"
              + " analysed by "
              + IndexDefinition.INDEX_ANALYZER
              + "): choose another name with --name");
    }
    return true;
  }

  /** The mapping of the text field in a {@code GET _mapping} answer, or null. */
  private JsonObject textMapping(JsonObject mapping) {
    try {
      return mapping
          .getValue("/" + name + "/mappings/properties")
          .asJsonObject()
          .getJsonObject(ParagraphFields.TEXT);
    } catch (JsonException | ClassCastException e) { // no such path, or not objects
      return null;
    }
  }

  /**
   * Creates the index with our fields and analysis, unless it exists already (as a paragraphe
   * index).
   *
   * @return whether it was created
   */
  public boolean create(int shards, int replicas) {
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("shards must be 1 or more and replicas 0 or more");
    }
    if (exists()) {
      return false;
    }
    cluster.send("PUT", "/" + name, IndexDefinition.of(shards, replicas), Map.of());
    createdHere = true;
    // Paragraphs sent before the primaries are allocated would wait for them anyway; waiting here
    // gives a clear
    // error if they never are.
    cluster.send(
        "GET",
        "/_cluster/health/" + name,
        null,
        ClusterConnection.params("wait_for_status", "yellow", "timeout", "60s"));
    return true;
  }

  /** Deletes the index and every paragraph in it; nothing happens if there is none. */
  public void delete() {
    cluster.sendOrNull("DELETE", "/" + name, null, Map.of());
  }

  /**
   * Reads the sources and puts their paragraphs into the cluster, each source replacing any earlier
   * version there, as {@link ParagraphIndex#add(List, IndexingOptions)} does; creates the index (1
   * shard, 1 replica) if needed.
   *
   * @throws ClusterException if the cluster refused paragraphs (each was reported to the options'
   *     listener)
   */
  public IndexingReport addSources(List<Source> sources, IndexingOptions options) {
    return fill(options.listener(), sink -> ParagraphFeed.addSources(sink, sources, options));
  }

  /**
   * {@link #addSources} for files and directories, as {@link ParagraphIndex#addPaths} finds them.
   */
  public IndexingReport addPaths(List<Path> paths, IndexingOptions options) {
    return fill(options.listener(), sink -> ParagraphFeed.addPaths(sink, paths, options));
  }

  /**
   * Copies every paragraph of an embedded index into the cluster under the same ids: pushing twice
   * changes nothing, and a source pushed again loses the paragraphs it no longer has.
   */
  public IndexingReport push(ParagraphIndex from, IndexingListener listener) {
    return fill(listener, sink -> from.copyTo(sink, listener));
  }

  @FunctionalInterface
  private interface Filling {
    IndexingReport into(ParagraphSink sink) throws IOException;
  }

  private IndexingReport fill(IndexingListener listener, Filling filling) {
    create(1, 1);
    // Only the first run after this instance created the index finds it empty.
    boolean fresh = createdHere;
    createdHere = false;
    ClusterSink sink = new ClusterSink(cluster, name, listener, fresh);
    IndexingReport report;
    try {
      report = filling.into(sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    refresh();
    if (sink.refused() > 0) {
      throw new ClusterException(
          String.format(
              Locale.ROOT,
              "the cluster refused %d of %d paragraphs (first: %s)",
              sink.refused(),
              report.paragraphs(),
              sink.firstRefusal()));
    }
    return report;
  }

  /** Makes everything sent so far visible to searches (OpenSearch does it every second anyway). */
  public void refresh() {
    cluster.send("POST", "/" + name + "/_refresh", null, Map.of());
  }

  /** The number of paragraphs in the index, as searches see it. */
  public long count() {
    return cluster
        .send("GET", "/" + name + "/_count", null, Map.of())
        .getJsonNumber("count")
        .longValue();
  }

  /** Searches with {@link ParagraphIndex#search}'s syntax, for the same paragraphs. */
  public SearchResult search(String query, SearchOptions options) {
    return run(ParsedQuery.parse(query), options);
  }

  /** Searches the whole text as one exact phrase, as {@link ParagraphIndex#searchPhrase} does. */
  public SearchResult searchPhrase(String phrase, SearchOptions options) {
    return run(ParsedQuery.parsePhrase(phrase), options);
  }

  private SearchResult run(ParsedQuery query, SearchOptions options) {
    JsonObject request = ClusterSearch.request(query, options);
    // Term statistics of all shards (dfs), not each shard's own: identical paragraphs then score
    // the same on
    // every shard, so the order and the paragraph kept among duplicates are the embedded index's.
    JsonObject answer =
        cluster.sendOrNull(
            "POST",
            "/" + name + "/_search",
            request,
            ClusterConnection.params("search_type", "dfs_query_then_fetch"));
    if (answer == null) {
      throw new ClusterException(
          "the cluster at "
              + cluster.nodes()
              + " has no index "
              + name
              + "; put paragraphs in it with: index-cli push"
              + " --opensearch URL or index-cli index --opensearch URL PATH...");
    }
    return ClusterSearch.result(query, request, answer);
  }

  /**
   * The tokens the cluster's twin of a mode of our analysis chain makes of a text (OpenSearch's
   * {@code _analyze}): they should be those of {@code new
   * FrenchParagraphAnalyzer(mode).analyze(text)}.
   */
  public List<AnalyzedToken> analyze(Mode mode, String text) {
    String analyzer = IndexDefinition.analyzer(mode);
    JsonObject answer =
        cluster.send(
            "POST",
            "/" + name + "/_analyze",
            Json.createObjectBuilder().add("analyzer", analyzer).add("text", text).build(),
            Map.of());
    List<AnalyzedToken> tokens = new ArrayList<>();
    for (JsonValue value : answer.getJsonArray("tokens")) {
      JsonObject token = value.asJsonObject();
      tokens.add(
          new AnalyzedToken(
              token.getString("token"),
              token.getInt("position"),
              token.getInt("start_offset"),
              token.getInt("end_offset"),
              token.getString("type")));
    }
    return List.copyOf(tokens);
  }

  @Override
  public void close() {
    cluster.close();
  }
}
