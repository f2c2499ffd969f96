package fr.paragraphe.cli;

import fr.paragraphe.IndexingReport;
import fr.paragraphe.ParagraphIndex;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code index-cli push --opensearch URL}: copies the index directory to a cluster. */
@Command(
    name = "push",
    mixinStandardHelpOptions = true,
    description = {
      "Copy every paragraph of the index to an OpenSearch cluster, under the same ids: pushing twice changes nothing,"
          + " and a source pushed again loses there the paragraphs it no longer has.",
      "The cluster index is created if needed, with the same fields and an analysis twin of ours, so that queries"
          + " (index-cli query --opensearch) find the same paragraphs there."
    },
    footer = {
      "",
      "Examples:",
      "  index-cli push --opensearch http://127.0.0.1:9200",
      "  index-cli push --opensearch https://n1:9200,https://n2:9200 --user admin",
      "  index-cli push --opensearch http://127.0.0.1:9200 --name presse --shards 2"
    })
final class PushCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin ShardOptions layout;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin ClusterArguments cluster;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress line, only errors.")
  boolean quiet;

  @Override
  public Integer call() {
    if (!cluster.given()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "push needs --opensearch URL");
    }
    OnCluster onCluster = new OnCluster(spec.commandLine(), cluster);
    IndexingReport report;
    try (IndexingFeedback feedback =
            new IndexingFeedback(
                spec.commandLine().getErr(), quiet, !quiet && Terminal.stderrIsTerminal());
        ParagraphIndex index = ParagraphIndex.open(common.indexDirectory())) {
      report = onCluster.push(index, feedback, layout);
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "pushed %d paragraphs from %d source%s to %s%n",
            report.paragraphs(),
            report.sources(),
            report.sources() == 1 ? "" : "s",
            onCluster.where());
    return ExitCode.OK;
  }
}
