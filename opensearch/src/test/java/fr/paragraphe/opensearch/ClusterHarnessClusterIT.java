package fr.paragraphe.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The harness itself, on three real nodes: the cluster forms, survives the loss of a node that
 * holds shards, and leaves no process or file behind.
 */
class ClusterHarnessClusterIT {

  private static final int DOCS = 5;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void threeNodesServeEveryDocumentAfterOneIsKilled() throws Exception {
    List<Long> pids;
    Path folder;
    try (OpenSearchCluster cluster = OpenSearchCluster.start(3)) {
      pids = cluster.pids();
      folder = cluster.folder();
      assertEquals(3, pids.size(), "one running process per node");
      // Every request goes to node 0; node 2 is the one killed.
      String node0 = cluster.httpUrls().get(0);

      JsonObject health = send(node0, "GET", "/_cluster/health", null);
      assertEquals(3, health.getInt("number_of_nodes"), health.toString());
      assertEquals("green", health.getString("status"), health.toString());

      // Two shards with a replica each: every shard has a copy on two nodes, so any single node can
      // go. With a
      // delayed_timeout of 0, the replicas lost with a node are rebuilt at once instead of after
      // one minute.
      send(
          node0,
          "PUT",
          "/paragraphs",
          """
                    {"settings": {"number_of_shards": 2, "number_of_replicas": 1,
                                  "index.unassigned.node_left.delayed_timeout": "0s"}}""");
      StringBuilder bulk = new StringBuilder();
      for (int i = 0; i < DOCS; i++) {
        bulk.append("{\"index\": {\"_id\": \"")
            .append(i)
            .append("\"}}\n")
            .append("{\"text\": \"paragraphe numéro ")
            .append(i)
            .append("\"}\n");
      }
      JsonObject indexed = send(node0, "POST", "/paragraphs/_bulk?refresh=true", bulk.toString());
      assertFalse(indexed.getBoolean("errors"), indexed.toString());
      health =
          send(node0, "GET", "/_cluster/health/paragraphs?wait_for_status=green&timeout=60s", null);
      assertEquals("green", health.getString("status"), health.toString());
      assertEquals(DOCS, hitCount(node0));

      cluster.kill(2);
      assertEquals(2, cluster.pids().size(), "node 2 is gone");
      // The search right after the kill: the copies on node 2 fail, node 0 asks the other copies.
      assertEquals(DOCS, hitCount(node0));
      health =
          send(
              node0,
              "GET",
              "/_cluster/health?wait_for_nodes=2&wait_for_status=green&timeout=60s",
              null);
      assertEquals(2, health.getInt("number_of_nodes"), health.toString());
      assertEquals(
          "green", health.getString("status"), "replicas rebuilt on the two nodes left: " + health);
      assertEquals(DOCS, hitCount(node0));
    }
    for (long pid : pids) {
      // Gone, or a zombie (empty command line) that init has not reaped yet: either way, no running
      // node.
      String commandLine =
          Files.exists(Path.of("/proc/" + pid))
              ? Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.ISO_8859_1)
              : "";
      assertFalse(commandLine.contains(folder.toString()), "pid " + pid + " still runs a node");
    }
    assertFalse(Files.exists(folder), folder + " deleted");
  }

  private int hitCount(String url) throws IOException, InterruptedException {
    JsonObject answer =
        send(
            url,
            "POST",
            "/paragraphs/_search?track_total_hits=true",
            "{\"query\": {\"match\": {\"text\": \"paragraphe\"}}, \"size\": 0}");
    assertEquals(0, answer.getJsonObject("_shards").getInt("failed"), answer.toString());
    return answer.getJsonObject("hits").getJsonObject("total").getInt("value");
  }

  private JsonObject send(String url, String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path));
    request =
        json == null
            ? request.method(method, HttpRequest.BodyPublishers.noBody())
            : request
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(
        response.statusCode() == 200 || response.statusCode() == 408,
        method + " " + path + ": " + response.statusCode() + " " + response.body());
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
