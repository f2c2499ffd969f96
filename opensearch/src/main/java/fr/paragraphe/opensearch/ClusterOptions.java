package fr.paragraphe.opensearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to reach a cluster.
 *
 * @param nodes the HTTP address of one or more nodes ({@code http://host:9200}, {@code
 *     https://...}); requests go round-robin and skip a node that stops answering
 * @param user the user for HTTP basic authentication, or null for none
 * @param password that user's password, or null
 * @param connectTimeout how long to wait for a connection to a node
 * @param responseTimeout how long to wait for an answer (bulk requests and large searches take
 *     longest)
 * @param retries how many times a request that failed on the network is sent again, to the next
 *     node
 */
public record ClusterOptions(
    List<URI> nodes,
    String user,
    String password,
    Duration connectTimeout,
    Duration responseTimeout,
    int retries) {

  public ClusterOptions {
    nodes = List.copyOf(nodes);
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("at least one node address is needed");
    }
    for (URI node : nodes) {
      if (!"http".equals(node.getScheme()) && !"https".equals(node.getScheme())
          || node.getHost() == null) {
        throw new IllegalArgumentException(
            "not a node address: " + node + " (expected http://host:port or https://host:port)");
      }
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(responseTimeout, "responseTimeout");
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more, not " + retries);
    }
  }

  /** The nodes, no authentication, 10 s to connect, 60 s to answer, 3 retries. */
  public static ClusterOptions of(List<URI> nodes) {
    return new ClusterOptions(nodes, null, null, Duration.ofSeconds(10), Duration.ofSeconds(60), 3);
  }

  public ClusterOptions withBasicAuth(String newUser, String newPassword) {
    return new ClusterOptions(
        nodes, newUser, newPassword, connectTimeout, responseTimeout, retries);
  }

  public ClusterOptions withTimeouts(Duration connect, Duration response) {
    return new ClusterOptions(nodes, user, password, connect, response, retries);
  }

  public ClusterOptions withRetries(int newRetries) {
    return new ClusterOptions(nodes, user, password, connectTimeout, responseTimeout, newRetries);
  }

  @Override
  public String toString() {
    // Never the password.
    return "ClusterOptions[nodes="
        + nodes
        + ", user="
        + user
        + ", connectTimeout="
        + connectTimeout
        + ", responseTimeout="
        + responseTimeout
        + ", retries="
        + retries
        + "]";
  }
}
