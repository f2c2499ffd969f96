package fr.paragraphe.cli;

import fr.paragraphe.input.ParagraphMode;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The usual command lines of {@code index} and {@code query}, read without picocli. picocli builds
 * the model of a command by reflection over its annotations before it reads anything: a third of a
 * query's start-up (benchmarks/README.md, "Start-up"). Only lines that picocli reads the same way
 * are taken, into the same command objects; anything else (help, version, a cluster, a repeated
 * option, an {@code @file}, {@code --}, a doubtful value, an error) is left to picocli, which stays
 * the definition of the command line, its help and its errors. QuickLineTest checks the two agree.
 */
final class QuickLine {
  /** The options of query and index that this class leaves to picocli. */
  static final Set<String> LEFT_TO_PICOCLI =
      Set.of(
          "-h",
          "--help",
          "-V",
          "--version",
          "--opensearch",
          "--name",
          "--user",
          "--timeout",
          "--retries",
          "--shards",
          "--replicas");

  /** A usage error found while running a command on the quick path: printed as picocli's. */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  private final String name;
  private final Callable<Integer> command;
  private final CommonOptions common;
  private final CommandIo io;

  private QuickLine(String name, Callable<Integer> command, CommonOptions common, CommandIo io) {
    this.name = name;
    this.command = command;
    this.common = common;
    this.io = io;
  }

  /** The command these arguments run, or null when picocli must read them. */
  static QuickLine parse(String... args) {
    if (args.length == 0) {
      return null;
    }
    List<String> rest = List.of(args).subList(1, args.length);
    for (String arg : rest) {
      if (arg.startsWith("@") || arg.equals("--")) {
        return null; // picocli expands @files and ends options at --
      }
    }
    return switch (args[0]) {
      case "query" -> query(rest);
      case "index" -> index(rest);
      default -> null;
    };
  }

  /** The command object, its fields set as picocli would set them. */
  Object command() {
    return command;
  }

  /** Runs the command; failures are reported as {@link Failures} reports picocli's. */
  int run() {
    String prefix = IndexCli.NAME + ": ";
    try {
      return command.call();
    } catch (UsageError e) {
      return Failures.usage(io.err(), e.getMessage(), prefix, IndexCli.NAME + " " + name);
    } catch (Exception e) {
      return Failures.failed(e, io.err(), prefix, common.debug);
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  private static QuickLine query(List<String> args) {
    QueryCommand query = new QueryCommand();
    query.common = new CommonOptions();
    query.cluster = new ClusterArguments();
    query.words = new ArrayList<>();
    query.quickIo = CommandIo.quick();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("-")) {
        query.words.add(arg);
        continue;
      }
      if (!seen.add(arg)) {
        return null; // picocli refuses an option given twice
      }
      switch (arg) {
        case "--index" -> {
          query.common.index = path(value(args, ++i));
          if (query.common.index == null) {
            return null;
          }
        }
        case "--debug" -> query.common.debug = true;
        case "--phrase" -> query.phrase = true;
        case "--all" -> query.all = true;
        case "--json" -> query.json = true;
        case "--explain" -> query.explain = true;
        case "--same-form" -> query.sameForm = true;
        case "--case" -> query.sameCase = true;
        case "--full" -> query.full = true;
        case "--limit" -> {
          query.limit = positive(args, ++i);
          if (query.limit < 1) {
            return null;
          }
        }
        default -> {
          if (!queryWord(arg)) {
            return null;
          }
          seen.remove(arg); // a word, which may come twice
          query.words.add(arg);
        }
      }
    }
    if (query.words.isEmpty()) {
      return null;
    }
    return new QuickLine("query", query, query.common, query.quickIo);
  }

  /**
   * Unknown options are query words (IndexCli), and so are the words that picocli reads as
   * clustered short options of none of its options: {@code -Euphrate}, {@code --- phrase}. Those
   * that start like {@code -h} or {@code -V}, or hold the {@code =} of {@code --option=value}, are
   * picocli's to read.
   */
  private static boolean queryWord(String arg) {
    if (LEFT_TO_PICOCLI.contains(arg) || arg.indexOf('=') >= 0) {
      return false;
    }
    return arg.length() < 2 || (arg.charAt(1) != 'h' && arg.charAt(1) != 'V');
  }

  private static QuickLine index(List<String> args) {
    IndexCommand index = new IndexCommand();
    index.common = new CommonOptions();
    index.cluster = new ClusterArguments();
    index.layout = new ShardOptions();
    index.mode = ParagraphMode.AUTO;
    index.paths = new ArrayList<>();
    index.quickIo = CommandIo.quick();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("-") || arg.equals(IndexCommand.STDIN)) {
        Path path = path(arg);
        if (path == null) {
          return null;
        }
        index.paths.add(path);
        continue;
      }
      String option = arg.equals("-q") ? "--quiet" : arg;
      if (!option.equals("--glob") && !seen.add(option)) {
        return null; // picocli refuses an option given twice, --glob excepted
      }
      switch (option) {
        case "--index" -> {
          index.common.index = path(value(args, ++i));
          if (index.common.index == null) {
            return null;
          }
        }
        case "--debug" -> index.common.debug = true;
        case "--quiet" -> index.quiet = true;
        case "--paragraphs" -> {
          index.mode = mode(value(args, ++i));
          if (index.mode == null) {
            return null;
          }
        }
        case "--encoding" -> {
          index.encoding = charset(value(args, ++i));
          if (index.encoding == null) {
            return null;
          }
        }
        case "--glob" -> {
          String glob = value(args, ++i);
          if (glob == null) {
            return null;
          }
          index.globs.add(glob);
        }
        case "--source" -> {
          index.stdinName = value(args, ++i);
          if (index.stdinName == null) {
            return null;
          }
        }
        default -> {
          return null; // an unknown option is an error; picocli says it
        }
      }
    }
    if (index.paths.isEmpty()
        || index.paths.stream().filter(p -> p.toString().equals(IndexCommand.STDIN)).count() > 1
        || (index.stdinName != null && !index.paths.contains(Path.of(IndexCommand.STDIN)))) {
      return null; // errors, which picocli (IndexCommand on its path) words
    }
    return new QuickLine("index", index, index.common, index.quickIo);
  }

  /**
   * The value after an option, unless it is missing or starts with a dash, which picocli may read
   * as another option.
   */
  private static String value(List<String> args, int at) {
    if (at >= args.size() || args.get(at).startsWith("-")) {
      return null;
    }
    return args.get(at);
  }

  /** As picocli converts a Path (Paths.get); null if it cannot. */
  private static Path path(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /**
   * Up to nine decimal digits, not led by 0, which Integer.valueOf (picocli's conversion) reads
   * alike; 0 when picocli must read it.
   */
  private static int positive(List<String> args, int at) {
    String value = value(args, at);
    if (value == null || value.isEmpty() || value.length() > 9 || value.charAt(0) == '0') {
      return 0;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return 0;
      }
    }
    return Integer.parseInt(value);
  }

  private static ParagraphMode mode(String value) {
    try {
      return value == null ? null : new ParagraphModeConverter().convert(value);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** As picocli converts a Charset (Charset.forName); null if it cannot. */
  private static Charset charset(String value) {
    try {
      return value == null ? null : Charset.forName(value);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
