package fr.paragraphe.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Real OpenSearch nodes on 127.0.0.1, one JVM each, for the {@code *ClusterIT} tests ({@code mvn
 * verify -Pcluster}, whose profile unpacks the distribution and names it in the system property
 * {@code opensearch.dist}). The settings follow what was measured on our machines (a heap of
 * 256-512 MB per node, disk thresholds off).
 *
 * <p>Linux only: nodes are found and stopped by process id, and as root they run as a system user
 * (OpenSearch refuses root).
 */
public final class OpenSearchCluster implements AutoCloseable {

  /** The system user the nodes run as when the tests run as root. */
  private static final String NODE_USER = "paragraphe-os";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  /** One node: its folder holds its config/, data/, logs/, tmp/, pid file and console output. */
  private record Node(String name, Path folder, int httpPort, int transportPort) {
    Path config() {
      return folder.resolve("config");
    }

    Path pidFile() {
      return folder.resolve("opensearch.pid");
    }

    Path console() {
      return folder.resolve("console.log");
    }
  }

  private final Path folder;
  private final List<Node> nodes = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  // Kills the nodes and deletes the folder even when a test never reaches close() (an abort, an
  // error in start()).
  private final Thread shutdownHook = new Thread(this::stopAndDelete, "opensearch-cluster-cleanup");

  private OpenSearchCluster(Path folder) {
    this.folder = folder;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts {@code nodes} nodes and returns once the cluster has them all and is green; on failure,
   * stops whatever started, deletes its files and throws with the end of the failing node's log.
   */
  public static OpenSearchCluster start(int nodes) throws IOException, InterruptedException {
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes: " + nodes);
    }
    Path distribution = Path.of(System.getProperty("opensearch.dist", "-"));
    if (!Files.isExecutable(distribution.resolve("bin/opensearch"))) {
      throw new IllegalStateException(
          "no OpenSearch distribution in system property opensearch.dist ("
              + distribution
              + "): run with mvn verify -Pcluster");
    }
    // Under /tmp, not target/: every folder above a node's files must be traversable by the node
    // user.
    var cluster =
        new OpenSearchCluster(Files.createTempDirectory(Path.of("/tmp"), "paragraphe-os-"));
    try {
      long started = System.nanoTime();
      long deadline = started + START_TIMEOUT.toNanos();
      cluster.launch(distribution, nodes, deadline);
      cluster.awaitGreen(deadline);
      System.out.printf(
          "OpenSearch: %d node(s) green in %.1f s (%s)%n",
          nodes, (System.nanoTime() - started) / 1e9, cluster.folder);
      return cluster;
    } catch (Throwable e) {
      try {
        cluster.close();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** One URL per node, in node order: {@code http://127.0.0.1:PORT}. */
  public List<String> httpUrls() {
    return nodes.stream().map(node -> "http://127.0.0.1:" + node.httpPort()).toList();
  }

  /** The process id of each node still running, in node order. */
  public List<Long> pids() {
    return nodes.stream().flatMap(node -> process(node).stream()).map(ProcessHandle::pid).toList();
  }

  /** The temporary folder of the whole cluster, deleted by {@link #close()}. */
  public Path folder() {
    return folder;
  }

  /**
   * Kills node {@code node} (0-based) with SIGKILL, as a crash would, and returns once its process
   * is gone.
   */
  public void kill(int node) {
    Node victim = nodes.get(node);
    ProcessHandle process =
        process(victim)
            .orElseThrow(() -> new IllegalStateException(victim.name() + " is not running"));
    process.destroyForcibly();
    if (!awaitStopped(List.of(victim), STOP_TIMEOUT)) {
      throw new IllegalStateException(
          victim.name() + " (pid " + process.pid() + ") survived SIGKILL");
    }
  }

  /**
   * Stops every node still running (SIGTERM, then SIGKILL after 10 s) and deletes the cluster's
   * folder.
   */
  @Override
  public void close() {
    stopAndDelete();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting: the hook runs anyway, and finds nothing left to do.
    }
  }

  private synchronized void stopAndDelete() {
    nodes.forEach(node -> process(node).ifPresent(ProcessHandle::destroy));
    if (!awaitStopped(nodes, STOP_TIMEOUT)) {
      nodes.forEach(node -> process(node).ifPresent(ProcessHandle::destroyForcibly));
      if (!awaitStopped(nodes, STOP_TIMEOUT)) {
        throw new IllegalStateException("OpenSearch nodes survived SIGKILL: " + pids());
      }
    }
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not delete " + folder, e);
      }
    }
  }

  // ---- Start

  private void launch(Path distribution, int count, long deadline)
      throws IOException, InterruptedException {
    // One copy of the programs, shared by the nodes; each has its own config/
    // (OPENSEARCH_PATH_CONF).
    Path home = folder.resolve("opensearch");
    copy(distribution, home);
    List<Integer> ports = freePorts(2 * count);
    for (int i = 0; i < count; i++) {
      nodes.add(
          new Node(
              "node-" + i, folder.resolve("node-" + i), ports.get(2 * i), ports.get(2 * i + 1)));
    }
    boolean security = Files.isDirectory(home.resolve("plugins/opensearch-security"));
    for (Node node : nodes) {
      configure(home, node, security);
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      createNodeUser();
      run("chown", "-R", NODE_USER + ":", folder.toString());
    }
    // Launched together: each launcher script runs several short JVMs before the node's own.
    List<Process> launchers = new ArrayList<>();
    for (Node node : nodes) {
      launchers.add(
          new ProcessBuilder(launchCommand(home, node, root))
              .redirectErrorStream(true)
              .redirectOutput(node.console().toFile())
              .start());
    }
    // bin/opensearch -d returns once the node's JVM runs in the background. All are awaited before
    // any failure
    // is reported, so that close() does not race a launcher still starting a node.
    for (Process launcher : launchers) {
      launcher.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
    for (int i = 0; i < nodes.size(); i++) {
      if (launchers.get(i).isAlive() || launchers.get(i).exitValue() != 0) {
        throw new IllegalStateException(
            nodes.get(i).name() + " did not start:\n" + tail(nodes.get(i)));
      }
    }
  }

  private void configure(Path home, Node node, boolean security) throws IOException {
    Files.createDirectory(node.folder());
    copy(home.resolve("config"), node.config());
    Path data = Files.createDirectories(node.folder().resolve("data"));
    Path logs = Files.createDirectories(node.folder().resolve("logs"));
    Files.createDirectories(node.folder().resolve("tmp"));
    List<String> settings =
        new ArrayList<>(
            List.of(
                "cluster.name: " + folder.getFileName(), // unique: no other test's nodes can join
                "node.name: " + node.name(),
                "network.host: 127.0.0.1",
                "http.port: " + node.httpPort(),
                "transport.port: " + node.transportPort(),
                "path.data: " + data,
                "path.logs: " + logs,
                // The watermarks count the whole disk, which other builds fill: they would leave
                // replicas unassigned.
                "cluster.routing.allocation.disk.threshold_enabled: false"));
    if (nodes.size() == 1) {
      settings.add("discovery.type: single-node");
    } else {
      settings.add(
          "discovery.seed_hosts: "
              + nodes.stream()
                  .map(other -> "\"127.0.0.1:" + other.transportPort() + "\"")
                  .collect(Collectors.joining(", ", "[", "]")));
      settings.add(
          "cluster.initial_cluster_manager_nodes: "
              + nodes.stream().map(Node::name).collect(Collectors.joining(", ", "[", "]")));
    }
    if (security) {
      settings.add(
          "plugins.security.disabled: true"); // no certificates here; the integ-test zip has no
      // plugin
    }
    Files.write(node.config().resolve("opensearch.yml"), settings);
    // jvm.options.d comes after jvm.options. Small heaps: three nodes share the machine with the
    // build. C1 only:
    // a test cluster lives a minute, and C2 compiling at start doubled the CPU time to green (3
    // nodes, 2 cores:
    // 71-76 s of CPU and 60-100 s wall with C2, 34-40 s and 32-40 s without).
    Files.write(
        node.config().resolve("jvm.options.d/test.options"),
        List.of("-Xms256m", "-Xmx512m", "-XX:TieredStopAtLevel=1"));
    // jvm.options puts gc.log, crash logs and heap dumps under logs/ and data of the shared home:
    // per node instead.
    Path jvmOptions = node.config().resolve("jvm.options");
    Files.writeString(
        jvmOptions,
        Files.readString(jvmOptions)
            .replace("=logs/", "=" + logs + "/")
            .replace("HeapDumpPath=data", "HeapDumpPath=" + data));
  }

  private List<String> launchCommand(Path home, Node node, boolean root) {
    List<String> command = new ArrayList<>();
    if (root) {
      command.addAll(List.of("runuser", "-u", NODE_USER, "--"));
    }
    // env -i: nothing of the test JVM's environment (JAVA_HOME, OPENSEARCH_JAVA_OPTS, ...) reaches
    // the node, and
    // through runuser, only what env sets here does.
    command.addAll(
        List.of(
            "env",
            "-i",
            "PATH=" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
            // The JDK the tests run on: 21 or newer, chosen by the toolchain (parent pom).
            "OPENSEARCH_JAVA_HOME=" + System.getProperty("java.home"),
            "OPENSEARCH_PATH_CONF=" + node.config(),
            // Else the launcher makes a temporary folder directly under /tmp, which a killed node
            // leaves behind.
            "OPENSEARCH_TMPDIR=" + node.folder().resolve("tmp"),
            // A killed JVM leaves its /tmp/hsperfdata_<user>/<pid> too: without perf data, none
            // writes one.
            "JDK_JAVA_OPTIONS=-XX:-UsePerfData",
            home.resolve("bin/opensearch").toString(),
            "-d",
            "-p",
            node.pidFile().toString()));
    return command;
  }

  private static void createNodeUser() throws IOException, InterruptedException {
    if (exitCode("id", "-u", NODE_USER) != 0) {
      exitCode(
          "useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", NODE_USER);
      run(
          "id", "-u",
          NODE_USER); // useradd may have lost a race with another test JVM: what counts is the user
    }
  }

  private void awaitGreen(long deadline) throws InterruptedException {
    URI health =
        URI.create(
            httpUrls().get(0)
                + "/_cluster/health?wait_for_nodes="
                + nodes.size()
                + "&wait_for_status=green&timeout=10s");
    String last = "no answer";
    while (true) {
      for (Node node : nodes) {
        if (process(node).isEmpty()) {
          throw new IllegalStateException(node.name() + " stopped while starting:\n" + tail(node));
        }
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) { // 408 when wait_for_* timed out
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException notListeningYet) {
        last = notListeningYet.toString();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "no green cluster of "
                + nodes.size()
                + " nodes after "
                + START_TIMEOUT.toSeconds()
                + " s; last health answer: "
                + last
                + "\n"
                + nodes.stream().map(OpenSearchCluster::tail).collect(Collectors.joining("\n")));
      }
      Thread.sleep(1000);
    }
  }

  // ---- Processes

  /**
   * The node's JVM if it runs: the process of its pid file or, before the node writes that file,
   * any process; either way one whose command line names the node's config folder. That rules out a
   * recycled pid, and a killed node not yet reaped (a zombie, which ProcessHandle calls alive, has
   * an empty command line).
   */
  private static Optional<ProcessHandle> process(Node node) {
    Stream<ProcessHandle> candidates =
        pidFromFile(node)
            .map(pid -> ProcessHandle.of(pid).stream())
            .orElseGet(ProcessHandle::allProcesses);
    String config = node.config().toString();
    return candidates.filter(p -> commandLine(p.pid()).contains(config)).findFirst();
  }

  /**
   * Read from /proc: ProcessHandle.Info keeps only the first 4 KB, and the config folder comes near
   * the end of a node's command line (1.7 KB here, mostly JVM options and paths).
   */
  private static String commandLine(long pid) {
    try {
      return Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.ISO_8859_1);
    } catch (IOException gone) {
      return "";
    }
  }

  private static Optional<Long> pidFromFile(Node node) {
    try {
      String pid = Files.readString(node.pidFile()).trim();
      return pid.isEmpty()
          ? Optional.empty()
          : Optional.of(Long.parseLong(pid)); // empty while being written
    } catch (IOException absent) {
      return Optional.empty();
    }
  }

  private static boolean awaitStopped(List<Node> nodes, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (nodes.stream().anyMatch(node -> process(node).isPresent())) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  // ---- Small tools

  /**
   * Ports below the kernel's ephemeral range (from 32768 by default), so that no outgoing
   * connection (the nodes open many to each other while starting) takes one of them before its node
   * binds it.
   */
  @SuppressWarnings("try") // binding the probe is the test that the port is free
  private static List<Integer> freePorts(int count) throws IOException {
    List<Integer> ports = new ArrayList<>();
    while (ports.size() < count) {
      int port = ThreadLocalRandom.current().nextInt(20000, 32000);
      try (var probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        if (!ports.contains(port)) {
          ports.add(port);
        }
      } catch (IOException taken) {
        // Another process has it: draw again.
      }
    }
    return ports;
  }

  /** The end of the node's console output (errors before logging starts) and of its log. */
  private static String tail(Node node) {
    Path log =
        node.folder().resolve("logs").resolve(node.folder().getParent().getFileName() + ".log");
    return "---- "
        + node.name()
        + " "
        + node.console()
        + "\n"
        + lastLines(node.console(), 20)
        + "---- "
        + node.name()
        + " "
        + log
        + "\n"
        + lastLines(log, 40);
  }

  private static String lastLines(Path file, int count) {
    try {
      List<String> lines =
          new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
      return lines.subList(Math.max(0, lines.size() - count), lines.size()).stream()
          .map(line -> line + "\n")
          .collect(Collectors.joining());
    } catch (IOException e) {
      return "(" + e + ")\n";
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Files.copy(
            file,
            to.resolve(from.relativize(file).toString()),
            StandardCopyOption.COPY_ATTRIBUTES,
            LinkOption.NOFOLLOW_LINKS);
      }
    }
  }

  private static int exitCode(String... command) throws IOException, InterruptedException {
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor();
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }
}
