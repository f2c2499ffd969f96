package fr.paragraphe.opensearch;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.paragraphe.Hit;
import fr.paragraphe.IndexingListener;
import fr.paragraphe.IndexingOptions;
import fr.paragraphe.IndexingReport;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.ParagraphRef;
import fr.paragraphe.QuerySyntaxException;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.SearchResult;
import fr.paragraphe.Source;
import fr.paragraphe.analysis.AnalysisChain;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same paragraphs, analysis and hits on a real three-node cluster as in the embedded index: the
 * seed article and a generated corpus of 12,000 paragraphs, pushed from an embedded index and also
 * indexed straight into the cluster; then one node is killed and every query must still find the
 * same paragraphs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ParityClusterIT {
  private static final Path SEED = Path.of("..", "seeds", "000_de5b8be049ad9072.txt");

  /** More than any query of the set matches here, and within OpenSearch's default result window. */
  private static final int ALL = 10_000;

  @TempDir static Path work;
  private OpenSearchCluster cluster;
  private ParagraphIndex embedded;
  private OpenSearchIndex pushed;
  private OpenSearchIndex direct;
  private List<Path> paths;

  @BeforeAll
  void startClusterAndIndex() throws Exception {
    cluster = OpenSearchCluster.start(3);
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    GeneratedCorpus.write(corpus, 40, 300, 20261130L);
    Path seeds = Files.createDirectories(work.resolve("seeds"));
    Files.copy(SEED, seeds.resolve(SEED.getFileName()));
    paths = List.of(seeds, corpus);

    embedded = ParagraphIndex.openOrCreate(work.resolve("index"));
    IndexingReport report = embedded.addPaths(paths, IndexingOptions.DEFAULT);
    assertTrue(
        report.paragraphs() >= 10_000, "the corpus has " + report.paragraphs() + " paragraphs");

    ClusterOptions options =
        ClusterOptions.of(cluster.httpUrls().stream().map(URI::create).toList());
    pushed = OpenSearchIndex.connect(options, "pushed");
    direct = OpenSearchIndex.connect(options, "direct");
    assertTrue(pushed.create(2, 1));
    assertTrue(direct.create(2, 1));
  }

  @AfterAll
  void stopCluster() {
    for (AutoCloseable open : new AutoCloseable[] {pushed, direct, embedded, cluster}) {
      try {
        if (open != null) {
          open.close();
        }
      } catch (Exception e) {
        System.err.println("closing " + open + ": " + e);
      }
    }
  }

  @Test
  @Order(1)
  void theTwinAnalyzersMakeOurTokens() {
    List<String> tricky =
        List.of(
            "L’Été de l'armée",
            "L'ÉTÉ",
            "jusqu’à lorsqu'il puisqu'elle quoiqu'on",
            "qu'il l'a d'un",
            "cœur Œuvre Ægypte æther",
            "porte\u00ADmonnaie",
            "e\u0301te\u0301 été",
            "no\u00A0break\u202Fspaces",
            "Etats-Unis États-Unis",
            "soutenus de la coalition",
            "le la les de des un en que je il et à",
            "C'EST l’HÔPITAL",
            "naïve Noël ÇA ça",
            "1er 2e XIXe siècle",
            "«citation» “guillemets”",
            "l' apostrophe seule '",
            "ﬁn ﬂeur",
            "Straße",
            "😀 cœur",
            "ΑΒΓ grec",
            "中文",
            "dell'arte",
            "rendez-vous peut-être a-t-il",
            "aujourd’hui aujourd\uFF07hui",
            "de la de la de");
    List<String> texts = new ArrayList<>(tricky);
    texts.addAll(textsOfEveryStep());
    int compared = 0;
    for (Mode mode : Mode.values()) {
      FrenchParagraphAnalyzer ours = new FrenchParagraphAnalyzer(mode);
      for (String text : texts) {
        assertEquals(ours.analyze(text), pushed.analyze(mode, text), mode + ": " + text);
        compared++;
      }
    }
    System.out.println("analysis twin: " + compared + " strings x modes compared, token for token");
  }

  /**
   * Texts made from the parameters of each step of the chain, so that every one is compared: each
   * character the map replaces (inside a word, after an article), each article elided, every stop
   * word, each common word paired on both sides.
   */
  private static List<String> textsOfEveryStep() {
    List<String> texts = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      for (AnalysisChain.Step step : AnalysisChain.steps(mode)) {
        switch (step) {
          case AnalysisChain.CharMap map -> {
            for (AnalysisChain.CharRule rule : map.rules()) {
              texts.add(
                  rule.characters()
                      .chars()
                      .mapToObj(c -> "L" + (char) c + "Été")
                      .collect(joining(" ")));
            }
          }
          case AnalysisChain.Elision elision ->
              texts.add(
                  elision.articles().stream()
                      .map(
                          article ->
                              article + "’Armée " + article.toUpperCase(Locale.ROOT) + "'ÉTÉ")
                      .collect(joining(" ")));
          case AnalysisChain.StopWords stopWords ->
              texts.add("rive " + String.join(" ", stopWords.words()) + " Tigre");
          case AnalysisChain.Pairs pairs -> {
            texts.add(
                pairs.commonWords().stream()
                    .map(word -> "armée " + word + " rive")
                    .collect(joining(" ")));
            texts.add(String.join(" ", pairs.commonWords()));
          }
          default -> {}
        }
      }
    }
    return texts.stream().distinct().toList();
  }

  @Test
  @Order(2)
  void pushedAndDirectlyIndexedParagraphsAreTheEmbeddedOnes() throws IOException {
    IndexingReport push = pushed.push(embedded, IndexingListener.NONE);
    IndexingReport straight = direct.addPaths(paths, IndexingOptions.DEFAULT);
    long count = embedded.stats().paragraphs();
    assertEquals(count, push.paragraphs());
    assertEquals(count, straight.paragraphs());
    assertEquals(count, pushed.count());
    assertEquals(count, direct.count());
  }

  @Test
  @Order(3)
  void everyQueryFindsTheSameParagraphs() throws IOException {
    assertSameHits("3 nodes");
  }

  @Test
  @Order(4)
  void aHitLooksTheSameAsEmbedded() {
    // The generated corpus repeats the phrase in shorter paragraphs; "commandement" is the seed's
    // alone.
    String query = "\"rive gauche du Tigre\" commandement";
    String seed = Source.nameOf(paths.get(0).resolve(SEED.getFileName()));
    Hit ours = hitOf(embedded.search(query, SearchOptions.DEFAULT), seed);
    Hit theirs = hitOf(pushed.search(query, SearchOptions.DEFAULT), seed);
    assertEquals(ours.paragraph(), theirs.paragraph());
    assertEquals(ours.text(), theirs.text());
    assertEquals(ours.section(), theirs.section());
    assertEquals(ours.highlights(), theirs.highlights());
    assertEquals(List.of(new ParagraphRef(seed, 7)), theirs.duplicates());
    assertEquals(
        List.of("rive gauche du Tigre", "commandement"),
        theirs.highlights().stream()
            .map(span -> theirs.text().substring(span.start(), span.end()))
            .toList());
  }

  @Test
  @Order(5)
  void pushingAgainChangesNothingAndAShorterSourceLosesItsLastParagraphs() throws IOException {
    pushed.push(embedded, IndexingListener.NONE);
    assertEquals(embedded.stats().paragraphs(), pushed.count());

    String name = Source.nameOf(paths.get(1).resolve("texte-000.txt"));
    Source shorter = Source.text(name, "Une seule ligne sur la rive gauche du Tigre.");
    embedded.add(List.of(shorter), IndexingOptions.DEFAULT);
    pushed.push(embedded, IndexingListener.NONE);
    direct.addSources(List.of(shorter), IndexingOptions.DEFAULT);
    assertEquals(embedded.stats().paragraphs(), pushed.count());
    assertEquals(embedded.stats().paragraphs(), direct.count());
    assertEquals(
        Set.of(name + ":1"), refs(direct.search("source_absente OR \"seule ligne\"", all())));
  }

  @Test
  @Order(6)
  void everyQueryStillFindsTheSameParagraphsWithANodeKilled() throws IOException {
    cluster.kill(2);
    assertSameHits("a node killed");
  }

  private void assertSameHits(String when) throws IOException {
    List<String> queries = queries();
    List<String> mismatches = new ArrayList<>();
    for (String query : queries) {
      Set<String> expected = hitsOrError(query, q -> embedded.search(q, all()));
      for (OpenSearchIndex copy : List.of(pushed, direct)) {
        Set<String> found = hitsOrError(query, q -> copy.search(q, all()));
        if (!expected.equals(found)) {
          mismatches.add(copy.name() + " " + query + ": " + difference(expected, found));
        }
      }
    }
    System.out.printf(
        "parity (%s): %d queries compared on 2 cluster indexes, %d mismatches%n",
        when, queries.size(), mismatches.size());
    assertEquals(List.of(), mismatches);
  }

  /**
   * The hits as {@code source:paragraph}, or the syntax error as its one element: errors must match
   * too.
   */
  private static Set<String> hitsOrError(String query, Function<String, SearchResult> search) {
    try {
      return refs(search.apply(query));
    } catch (QuerySyntaxException e) {
      return Set.of("error at " + e.column() + ": " + e.getMessage());
    }
  }

  private static SearchOptions all() {
    return new SearchOptions(ALL, false, false);
  }

  private static Set<String> refs(SearchResult result) {
    assertTrue(
        result.total() <= ALL,
        result.query() + " matches " + result.total() + ": too many to compare");
    Set<String> refs = new TreeSet<>();
    result.hits().forEach(hit -> refs.add(hit.source() + ":" + hit.paragraph()));
    assertEquals(result.total(), refs.size(), result.query());
    return refs;
  }

  private static String difference(Set<String> expected, Set<String> found) {
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(found);
    Set<String> extra = new TreeSet<>(found);
    extra.removeAll(expected);
    return "missing "
        + missing.stream().limit(5).toList()
        + " ("
        + missing.size()
        + "), extra "
        + extra.stream().limit(5).toList()
        + " ("
        + extra.size()
        + ")";
  }

  private static Hit hitOf(SearchResult result, String source) {
    return result.hits().stream()
        .filter(hit -> hit.source().equals(source))
        .findFirst()
        .orElseThrow();
  }

  static List<String> queries() throws IOException {
    try (InputStream in = ParityClusterIT.class.getResourceAsStream("queries.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }
}
