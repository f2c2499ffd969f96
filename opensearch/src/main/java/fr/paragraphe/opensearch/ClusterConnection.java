package fr.paragraphe.opensearch;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jsonb.JsonbJsonpMapper;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * JSON requests to a cluster through opensearch-java's transport (round-robin over the nodes, a
 * node that fails is skipped for a while, HTTPS, basic auth, timeouts, retries), turning every
 * failure into one {@link ClusterException} line.
 */
final class ClusterConnection implements AutoCloseable {
  /** How the transport reports an HTTP 401, as a plain IOException. */
  private static final String UNAUTHORIZED = "Unauthorized access";

  private final ClusterOptions options;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;

  ClusterConnection(ClusterOptions options) {
    this.options = options;
    HttpHost[] hosts =
        options.nodes().stream()
            .map(
                uri ->
                    new HttpHost(
                        uri.getScheme(), uri.getHost(), uri.getPort() < 0 ? 9200 : uri.getPort()))
            .toArray(HttpHost[]::new);
    this.transport =
        ApacheHttpClient5TransportBuilder.builder(hosts)
            .setMapper(new JsonbJsonpMapper())
            .setConnectionConfigCallback(
                config -> config.setConnectTimeout(Timeout.of(options.connectTimeout())))
            .setRequestConfigCallback(
                config -> config.setResponseTimeout(Timeout.of(options.responseTimeout())))
            .setHttpClientConfigCallback(
                client -> {
                  client.setRetryStrategy(
                      new DefaultHttpRequestRetryStrategy(
                          options.retries(), TimeValue.of(500, TimeUnit.MILLISECONDS)));
                  if (options.user() != null) {
                    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                    for (HttpHost host : hosts) {
                      credentials.setCredentials(
                          new AuthScope(host),
                          new UsernamePasswordCredentials(
                              options.user(),
                              options.password() == null
                                  ? new char[0]
                                  : options.password().toCharArray()));
                    }
                    client.setDefaultCredentialsProvider(credentials);
                  }
                  return client;
                })
            .build();
    this.client = new OpenSearchGenericClient(transport);
  }

  /** Where requests go, for messages. */
  String nodes() {
    return String.join(", ", options.nodes().stream().map(Object::toString).toList());
  }

  /** Sends a request (body may be null); returns the answer's JSON. */
  JsonObject send(String method, String endpoint, JsonObject body, Map<String, String> parameters) {
    return execute(request(method, endpoint, body, parameters), endpoint, false);
  }

  /** As {@link #send}, but 404 gives null. */
  JsonObject sendOrNull(
      String method, String endpoint, JsonObject body, Map<String, String> parameters) {
    return execute(request(method, endpoint, body, parameters), endpoint, true);
  }

  private static Request request(
      String method, String endpoint, JsonObject body, Map<String, String> parameters) {
    Requests.JsonBodyBuilder request =
        Requests.builder().method(method).endpoint(endpoint).query(parameters);
    if (body != null) {
      request.json(body);
    }
    return request.build();
  }

  /** A bulk request: newline-delimited JSON. */
  JsonObject bulk(String endpoint, byte[] ndjson) {
    Request request =
        Requests.builder()
            .method("POST")
            .endpoint(endpoint)
            .body(Body.from(ndjson, "application/x-ndjson"))
            .build();
    return execute(request, endpoint, false);
  }

  private JsonObject execute(Request request, String endpoint, boolean missingIsNull) {
    try (Response response = client.execute(request)) {
      JsonObject json =
          response.getBody().map(ClusterConnection::read).orElse(JsonValue.EMPTY_JSON_OBJECT);
      if (response.getStatus() == 404 && missingIsNull) {
        return null;
      }
      if (response.getStatus() >= 400) {
        throw new ClusterException(
            "the cluster refused "
                + request.getMethod()
                + " "
                + endpoint
                + ": "
                + reason(json, response.getStatus()));
      }
      return json;
    } catch (IOException e) {
      if (UNAUTHORIZED.equals(e.getMessage())) {
        throw new ClusterException(
            "the cluster at "
                + nodes()
                + " refused "
                + (options.user() == null
                    ? "a request without credentials: give --user (password in $PARAGRAPHE_OPENSEARCH_PASSWORD)"
                    : "the credentials of " + options.user())
                + " (HTTP 401)",
            e);
      }
      throw new ClusterException("cannot reach the cluster at " + nodes() + ": " + describe(e), e);
    }
  }

  private static JsonObject read(Body body) {
    try (InputStream in = body.body();
        JsonReader reader = Json.createReader(in)) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object
          ? object
          : Json.createObjectBuilder().add("value", value).build();
    } catch (IOException | RuntimeException e) {
      // Not JSON (a proxy's HTML page, say): the HTTP status will have to say it.
      return Json.createObjectBuilder()
          .add("error", Json.createObjectBuilder().add("reason", "not JSON"))
          .build();
    }
  }

  /**
   * The error's own words, from {@code {"error":{"type":...,"reason":...}}} as OpenSearch writes
   * it.
   */
  static String reason(JsonObject json, int status) {
    JsonValue error = json.get("error");
    if (error instanceof JsonObject object) {
      JsonValue causes = object.get("root_cause");
      if (causes != null
          && causes.getValueType() == JsonValue.ValueType.ARRAY
          && !causes.asJsonArray().isEmpty()) {
        object = causes.asJsonArray().getJsonObject(0);
      }
      return object.getString("type", "error")
          + ": "
          + object.getString("reason", "(no reason given)");
    }
    return error == null ? "HTTP " + status : "HTTP " + status + ": " + error;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }

  static Map<String, String> params(String... keyValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put(keyValues[i], keyValues[i + 1]);
    }
    return params;
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      // Closing idle connections: nothing the caller could do.
    }
  }
}
