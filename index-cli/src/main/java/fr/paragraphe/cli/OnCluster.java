package fr.paragraphe.cli;

import fr.paragraphe.IndexingListener;
import fr.paragraphe.IndexingOptions;
import fr.paragraphe.IndexingReport;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import fr.paragraphe.Source;
import fr.paragraphe.opensearch.ClusterOptions;
import fr.paragraphe.opensearch.OpenSearchIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** What the commands do on a cluster: the only CLI class that touches the OpenSearch client. */
final class OnCluster {
  private final CommandLine command;
  private final ClusterArguments arguments;

  OnCluster(CommandLine command, ClusterArguments arguments) {
    this.command = command;
    this.arguments = arguments;
  }

  SearchResult search(String query, boolean phrase, SearchOptions options) {
    try (OpenSearchIndex cluster = connect()) {
      return phrase ? cluster.searchPhrase(query, options) : cluster.search(query, options);
    }
  }

  IndexingReport index(
      List<Path> paths, List<Source> more, IndexingOptions options, ShardOptions layout) {
    try (OpenSearchIndex cluster = connect()) {
      cluster.create(layout.shards, layout.replicas);
      List<Source> sources = new ArrayList<>(Source.find(paths, options));
      sources.addAll(more);
      return cluster.addSources(sources, options);
    }
  }

  IndexingReport push(ParagraphIndex from, IndexingListener listener, ShardOptions layout) {
    try (OpenSearchIndex cluster = connect()) {
      cluster.create(layout.shards, layout.replicas);
      return cluster.push(from, listener);
    }
  }

  /** {@code index NAME on URL}, for messages. */
  String where() {
    return "index "
        + arguments.name
        + " on "
        + String.join(",", arguments.nodes.stream().map(Object::toString).toList());
  }

  private OpenSearchIndex connect() {
    ClusterOptions options;
    try {
      options =
          ClusterOptions.of(arguments.nodes)
              .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(arguments.timeoutSeconds))
              .withRetries(arguments.retries);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(command, "--opensearch: " + e.getMessage());
    }
    if (arguments.user != null) {
      options =
          options.withBasicAuth(arguments.user, System.getenv(ClusterArguments.PASSWORD_VARIABLE));
    }
    return OpenSearchIndex.connect(options, arguments.name);
  }
}
