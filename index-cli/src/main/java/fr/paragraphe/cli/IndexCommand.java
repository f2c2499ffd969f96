package fr.paragraphe.cli;

import fr.paragraphe.IndexingOptions;
import fr.paragraphe.IndexingReport;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.Source;
import fr.paragraphe.input.ParagraphMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code index-cli index PATH...}: adds files to the index, each replacing its earlier version. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index text files and documents by paragraph, in one commit: either everything is indexed or, on an error, the index stays as it was.",
      "A file is named by its absolute path; one already in the index is replaced, or left as it is when unchanged"
          + " (same size and time, or same bytes, read with the same options). Indexing a directory again also"
          + " removes the sources of its files that are gone; the summary then counts what was added, changed,"
          + " unchanged and removed.",
      "Directories are walked for the files matching --glob (default: text *.txt, *.md; documents *.html, *.htm,"
          + " *.xhtml, *.xml (TEI), *.docx, *.odt, *.rtf, *.epub, *.pdf; case ignored), skipping hidden"
          + " files and folders; files there that are empty, binary or unreadable are skipped with a warning.",
      "Encoding: UTF-8 (with or without byte-order mark), else Windows-1252 with a warning, unless --encoding is given.",
      "A progress line is shown on a terminal when indexing takes more than a second.",
      "With --opensearch URL the paragraphs go to that cluster instead (created if needed, same analysis); there a run"
          + " is not one commit: what was sent before an error stays."
    },
    footer = {
      "",
      "Examples:",
      "  index-cli index seeds/",
      "  index-cli index --index /tmp/presse articles/ notes/compte-rendu.txt",
      "  index-cli index --glob '*.txt' --glob 'chapitres/*.md' romans/",
      "  index-cli index --encoding ISO-8859-15 vieux-fichiers/",
      "  index-cli index --opensearch http://127.0.0.1:9200 --shards 2 articles/",
      "  curl -s https://exemple.fr/article.txt | index-cli index --source article -"
    })
final class IndexCommand implements Callable<Integer> {
  /** The path that means standard input. */
  static final String STDIN = "-";

  @Mixin CommonOptions common;

  @Mixin ClusterArguments cluster;

  @Mixin ShardOptions layout;

  @Spec CommandLine.Model.CommandSpec spec;

  /** Set on the quick path ({@link QuickLine}), where picocli gives no spec. */
  CommandIo quickIo;

  @Option(
      names = "--paragraphs",
      paramLabel = "MODE",
      description =
          "How texts are cut: ${COMPLETION-CANDIDATES} (default: auto: blank lines if blank lines separate text,"
              + " else one paragraph per line).",
      defaultValue = "AUTO",
      converter = ParagraphModeConverter.class,
      completionCandidates = ParagraphModeConverter.Names.class)
  ParagraphMode mode;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Read every file with this encoding (e.g. UTF-8, windows-1252, ISO-8859-15).")
  Charset encoding;

  @Option(
      names = "--glob",
      paramLabel = "GLOB",
      description =
          "Files taken from directories (repeatable; default: text and Markdown files and the documents listed"
              + " above).")
  List<String> globs = new ArrayList<>();

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "The source name of standard input (default: stdin).")
  String stdinName;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress line and no warnings, only errors.")
  boolean quiet;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files or directories to index; - for standard input.")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    CommandIo io = quickIo != null ? quickIo : CommandIo.of(spec);
    if (paths.stream().filter(p -> p.toString().equals(STDIN)).count() > 1) {
      throw io.usageError("- (standard input) can be given only once");
    }
    if (stdinName != null && !paths.contains(Path.of(STDIN))) {
      throw io.usageError("--source names standard input, which needs - among the paths");
    }
    Path directory = common.indexDirectory();
    OnCluster onCluster = cluster.given() ? new OnCluster(spec.commandLine(), cluster) : null;
    Path spooled = paths.contains(Path.of(STDIN)) ? spoolStandardInput() : null;
    IndexingReport report;
    int skipped;
    try (IndexingFeedback feedback =
            new IndexingFeedback(io.err(), quiet, !quiet && Terminal.stderrIsTerminal());
        ParagraphIndex index = onCluster == null ? ParagraphIndex.openOrCreate(directory) : null) {
      IndexingOptions options =
          IndexingOptions.DEFAULT
              .withMode(mode)
              .withEncoding(encoding)
              .withGlobs(globs)
              .withListener(feedback)
              .withDocuments(new DocumentFormats());
      List<Path> files = paths.stream().filter(p -> !p.toString().equals(STDIN)).toList();
      List<Source> more =
          spooled == null
              ? List.of()
              : List.of(
                  Source.file(spooled, encoding).named(stdinName == null ? "stdin" : stdinName));
      report =
          onCluster == null
              ? index.addPaths(files, more, options)
              : onCluster.index(files, more, options, layout);
      skipped = feedback.skipped();
    } finally {
      if (spooled != null) {
        Files.deleteIfExists(spooled);
      }
    }
    if (report.sources() == 0 && report.unchanged() == 0 && report.removed() == 0) {
      throw io.usageError(
          "nothing to index in "
              + String.join(" ", paths.stream().map(Path::toString).toList())
              + (skipped > 0
                  ? " (every file was skipped)"
                  : " (no file matches " + globsShown() + ")"));
    }
    io.out()
        .printf(
            Locale.ROOT,
            "indexed %d paragraph%s from %d source%s into %s%s%s%n",
            report.paragraphs(),
            report.paragraphs() == 1 ? "" : "s",
            report.sources(),
            report.sources() == 1 ? "" : "s",
            onCluster == null ? directory : onCluster.where(),
            onCluster == null ? changes(report) : "",
            skipped == 0 ? "" : "; skipped " + skipped + " file" + (skipped == 1 ? "" : "s"));
    return ExitCode.OK;
  }

  /**
   * What the run changed, once the index held something before it: {@code (added 2, changed 1,
   * unchanged 121, removed 1)}; nothing on a first run, where every source is added. (A cluster
   * keeps no record of its sources: every source sent to it is indexed.)
   */
  private static String changes(IndexingReport report) {
    if (report.changed() == 0 && report.unchanged() == 0 && report.removed() == 0) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        " (added %d, changed %d, unchanged %d, removed %d)",
        report.added(),
        report.changed(),
        report.unchanged(),
        report.removed());
  }

  /**
   * Standard input can be read once only, and the encoding and paragraph mode are found by reading
   * it first.
   */
  private static Path spoolStandardInput() throws IOException {
    Path file = Files.createTempFile("index-cli-stdin", ".txt");
    try (InputStream in = System.in) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(file);
      throw new UncheckedIOException("standard input cannot be read: " + e.getMessage(), e);
    }
    return file;
  }

  private String globsShown() {
    return String.join(" or ", globs.isEmpty() ? defaultGlobs() : globs);
  }

  private static List<String> defaultGlobs() {
    List<String> all = new ArrayList<>(fr.paragraphe.input.TextFiles.DEFAULT_GLOBS);
    all.addAll(new DocumentFormats().globs());
    return all;
  }
}
