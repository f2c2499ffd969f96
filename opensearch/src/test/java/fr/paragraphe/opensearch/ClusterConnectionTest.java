package fr.paragraphe.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.paragraphe.IndexingListener;
import fr.paragraphe.input.Paragraph;
import fr.paragraphe.spi.IndexedParagraph;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a real cluster behind a proxy does and the test nodes (no security plugin) cannot: ask for
 * basic authentication, and be one of several addresses of which another is down. A small HTTP
 * server stands in.
 */
class ClusterConnectionTest {
  private HttpServer server;
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final List<String> bulkBodies = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/paragraphe/_count", this::count);
    server.createContext("/_bulk", this::bulk);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void count(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization == null) {
      exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"cluster\"");
      reply(
          exchange,
          401,
          "{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing authentication\"}}");
      return;
    }
    authorizations.add(authorization);
    reply(exchange, 200, "{\"count\":42}");
  }

  /**
   * A busy node: the first bulk request gets 429 for its first paragraph and a mapping error for
   * its second; the next requests are taken.
   */
  private void bulk(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    bulkBodies.add(body);
    long documents = body.lines().count() / 2;
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < documents; i++) {
      String item =
          bulkBodies.size() > 1 || i > 1
              ? "{\"index\":{\"status\":201}}"
              : i == 0
                  ? "{\"index\":{\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"busy\"}}}"
                  : "{\"index\":{\"status\":400,\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"bad\"}}}";
      items.append(i > 0 ? "," : "").append(item);
    }
    reply(exchange, 200, "{\"errors\":" + (bulkBodies.size() == 1) + ",\"items\":[" + items + "]}");
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private URI serverUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void sendsTheCredentialsAndSkipsANodeThatIsDown() {
    ClusterOptions options =
        ClusterOptions.of(List.of(URI.create("http://127.0.0.1:1"), serverUri()))
            .withBasicAuth("ana", "s3cret");
    try (OpenSearchIndex index = OpenSearchIndex.connect(options, "paragraphe")) {
      for (int i = 0; i < 3; i++) {
        assertEquals(42, index.count());
      }
    }
    String expected =
        "Basic "
            + Base64.getEncoder().encodeToString("ana:s3cret".getBytes(StandardCharsets.UTF_8));
    assertFalse(authorizations.isEmpty());
    authorizations.forEach(header -> assertEquals(expected, header));
  }

  @Test
  void paragraphsTurnedAwayAsBusyAreSentAgainAndOthersAreReported() {
    List<String> warnings = new CopyOnWriteArrayList<>();
    IndexingListener listener =
        new IndexingListener() {
          @Override
          public void warning(String source, String message) {
            warnings.add(source + ": " + message);
          }
        };
    try (ClusterConnection cluster =
        new ClusterConnection(ClusterOptions.of(List.of(serverUri())))) {
      ClusterSink sink = new ClusterSink(cluster, "paragraphe", listener, true);
      sink.accept(
          List.of(
              IndexedParagraph.of("a.txt", new Paragraph(1, 1, null, "la rive", false)),
              IndexedParagraph.of("a.txt", new Paragraph(2, 2, null, "du Tigre", false)),
              IndexedParagraph.of("a.txt", new Paragraph(3, 3, null, "au nord", false))));
      assertEquals(2, bulkBodies.size());
      assertTrue(bulkBodies.get(1).contains("\"_id\":\"a.txt#1\""), bulkBodies.get(1));
      assertEquals(2, bulkBodies.get(1).lines().count(), "only the busy paragraph goes again");
      assertEquals(1, sink.refused());
      assertEquals(
          List.of("a.txt: paragraph 2 refused by the cluster: mapper_parsing_exception: bad"),
          warnings);
    }
  }

  @Test
  void withoutCredentialsTheRefusalIsOneLine() {
    try (OpenSearchIndex index =
        OpenSearchIndex.connect(ClusterOptions.of(List.of(serverUri())), "paragraphe")) {
      ClusterException e = assertThrows(ClusterException.class, index::count);
      assertEquals(
          "the cluster at "
              + serverUri()
              + " refused a request without credentials: give --user (password in"
              + " $PARAGRAPHE_OPENSEARCH_PASSWORD) (HTTP 401)",
          e.getMessage());
    }
  }

  @Test
  void optionsCheckAddressesAndNeverShowThePassword() {
    assertThrows(
        IllegalArgumentException.class, () -> ClusterOptions.of(List.of(URI.create("ftp://host"))));
    assertThrows(IllegalArgumentException.class, () -> ClusterOptions.of(List.of()));
    ClusterOptions https =
        ClusterOptions.of(List.of(URI.create("https://n1:9200"))).withBasicAuth("ana", "s3cret");
    assertFalse(https.toString().contains("s3cret"), https.toString());
    assertTrue(https.toString().contains("ana"));
    assertThrows(ClusterException.class, () -> OpenSearchIndex.connect(https, "Majuscules"));
  }
}
