package fr.paragraphe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import fr.paragraphe.cli.CliProcess.Result;
import fr.paragraphe.opensearch.OpenSearchCluster;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * push, index --opensearch and query --opensearch as processes, against one real OpenSearch node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class OpenSearchCliClusterIT {
  private static final String SEED = CliProcess.SEED;
  private static final String PHRASE = "\"rive gauche du Tigre\"";

  @TempDir static Path work;
  private OpenSearchCluster cluster;
  private String url;

  @BeforeAll
  void startNodeAndIndexTheSeed() throws Exception {
    cluster = OpenSearchCluster.start(1);
    url = cluster.httpUrls().get(0);
    CliProcess.copySeed(work);
    assertEquals(0, CliProcess.run(work, "index", "seeds/").exitCode());
  }

  @AfterAll
  void stopNode() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void pushCopiesTheIndexAndPushingAgainChangesNothing() throws Exception {
    String pushed = "pushed 11 paragraphs from 1 source to index paragraphe on " + url + "\n";
    assertEquals(
        new Result(0, pushed, ""),
        CliProcess.run(work, "push", "--opensearch", url, "--replicas", "0"));
    assertEquals(new Result(0, pushed, ""), CliProcess.run(work, "push", "--opensearch", url));
  }

  @Test
  @Order(2)
  void aQueryOnTheClusterPrintsWhatTheEmbeddedQueryPrints() throws Exception {
    Result embedded = CliProcess.run(work, "query", PHRASE);
    Result onCluster = CliProcess.run(work, "query", "--opensearch", url, PHRASE);
    assertEquals(0, onCluster.exitCode(), onCluster.stderr());
    assertEquals("", onCluster.stderr());
    assertEquals(withoutScores(embedded.stdout()), withoutScores(onCluster.stdout()));
    assertTrue(
        onCluster.stdout().contains("sur la **rive gauche du Tigre** au nord"), onCluster.stdout());
    assertTrue(onCluster.stdout().contains("  same text: " + SEED + ":7"), onCluster.stdout());
  }

  @Test
  @Order(3)
  void jsonOnTheClusterHasTheSameHits() throws Exception {
    Result result =
        CliProcess.run(work, "query", "--opensearch", url, "--json", "--all", "Mossoul");
    assertEquals(0, result.exitCode(), result.stderr());
    Map<String, Object> json = JSON.std.mapFrom(result.stdout());
    assertEquals(5, ((Number) json.get("total")).intValue());
    List<?> paragraphs =
        ((List<?>) json.get("hits"))
            .stream().map(hit -> ((Map<?, ?>) hit).get("paragraph")).sorted().toList();
    assertEquals(List.of(1, 2, 5, 7, 10), paragraphs);
  }

  @Test
  @Order(4)
  void indexGoesStraightToTheClusterUnderAnotherName() throws Exception {
    Result indexed =
        CliProcess.run(
            work, "index", "--opensearch", url, "--name", "direct", "--replicas", "0", "seeds/");
    assertEquals(
        new Result(0, "indexed 11 paragraphs from 1 source into index direct on " + url + "\n", ""),
        indexed);
    Result found =
        CliProcess.run(
            work, "query", "--opensearch", url, "--name", "direct", "--all", "--json", PHRASE);
    assertEquals(
        2, ((Number) JSON.std.mapFrom(found.stdout()).get("total")).intValue(), found.stdout());
  }

  @Test
  @Order(5)
  void clusterMistakesAreOneLineAndExit2() throws Exception {
    assertOneLineError(
        CliProcess.run(
            work, "query", "--opensearch", "http://127.0.0.1:1", "--retries", "0", "Mossoul"),
        "index-cli: cannot reach the cluster at http://127.0.0.1:1");
    assertOneLineError(
        CliProcess.run(work, "query", "--opensearch", url, "--name", "absent", "Mossoul"),
        "index-cli: the cluster at " + url + " has no index absent");
    assertOneLineError(
        CliProcess.run(work, "query", "--opensearch", "ftp://nowhere", "Mossoul"),
        "index-cli: --opensearch: not a node address: ftp://nowhere");
    assertOneLineError(CliProcess.run(work, "push"), "index-cli: push needs --opensearch URL");
    Result syntax = CliProcess.run(work, "query", "--opensearch", url, "rive (gauche");
    assertEquals(2, syntax.exitCode());
    assertEquals(
        "index-cli: query error: this ( is never closed (position 6)\n  rive (gauche\n       ^\n",
        syntax.stderr());
  }

  private static void assertOneLineError(Result result, String start) {
    assertEquals(2, result.exitCode(), result.stderr());
    assertEquals("", result.stdout());
    assertTrue(result.stderr().startsWith(start), result.stderr());
    assertEquals(1, result.stderr().lines().count(), result.stderr());
    assertFalse(result.stderr().contains("\tat "), result.stderr());
  }

  private static String withoutScores(String text) {
    return text.replaceAll("\\(score [0-9.]+\\)", "(score)");
  }
}
