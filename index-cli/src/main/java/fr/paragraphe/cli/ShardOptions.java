package fr.paragraphe.cli;

import picocli.CommandLine.Option;

/** How a new cluster index is laid out; an existing one keeps its own. */
final class ShardOptions {
  @Option(
      names = "--shards",
      paramLabel = "N",
      description = "Primary shards of a new cluster index (default: 1).")
  int shards = 1;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      description = "Copies of each shard on other nodes, for a new cluster index (default: 1).")
  int replicas = 1;
}
