package fr.paragraphe.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that point a command at an OpenSearch cluster instead of the index directory. Only
 * strings and numbers here: the client's classes load in {@link OnCluster}, when a cluster is
 * named.
 */
final class ClusterArguments {
  /**
   * The password of --user, read from the environment so that it never shows in the process list.
   */
  static final String PASSWORD_VARIABLE = "PARAGRAPHE_OPENSEARCH_PASSWORD";

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      split = ",",
      description =
          "Use the OpenSearch cluster at URL (http:// or https://; repeat or separate with commas for several nodes).")
  List<URI> nodes = new ArrayList<>();

  @Option(
      names = "--name",
      paramLabel = "INDEX",
      description = "The index name on the cluster (default: paragraphe).")
  String name = "paragraphe";

  @Option(
      names = "--user",
      paramLabel = "USER",
      description =
          "HTTP basic authentication on the cluster; the password is read from $"
              + PASSWORD_VARIABLE
              + ".")
  String user;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "How long to wait for the cluster to answer (default: 60).")
  int timeoutSeconds = 60;

  @Option(
      names = "--retries",
      paramLabel = "N",
      description = "Send a request that failed on the network again, up to N times (default: 3).")
  int retries = 3;

  boolean given() {
    return !nodes.isEmpty();
  }
}
