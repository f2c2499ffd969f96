package fr.paragraphe.benchmarks;

import fr.paragraphe.ConcordanceOptions;
import fr.paragraphe.Exactness;
import fr.paragraphe.Occurrence;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.SearchOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What {@code --same-form} costs a query and a concordance, in one JVM (no start-up), as a ratio to
 * the same query without it, measured in turn so that the machine's load hits both alike:
 *
 * <pre>benchmarks/run-class ExactnessCost INDEX [ROUNDS] ["PHRASE"...]</pre>
 *
 * INDEX is an index made by index-cli (ELTeC + Littré for the figures in the README). Prints, per
 * query, the median milliseconds of each and the ratio.
 */
public final class ExactnessCost {
  private static final List<String> PHRASES =
      List.of("\"de la\"", "\"coup d'œil\"", "\"rive gauche\"", "\"l'armée\"");

  private ExactnessCost() {}

  public static void main(String[] args) {
    Path path = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    List<String> phrases = args.length > 2 ? List.of(args).subList(2, args.length) : PHRASES;
    System.out.printf(
        Locale.ROOT,
        "%-16s %9s %10s %10s %6s   %11s %11s %6s%n",
        "phrase",
        "total",
        "query, ms",
        "same-form",
        "ratio",
        "concord, ms",
        "same-form",
        "ratio");
    try (ParagraphIndex index = ParagraphIndex.open(path)) {
      for (String phrase : phrases) {
        double[][] ms = new double[4][rounds];
        long total = 0;
        for (int round = -2; round < rounds; round++) { // two rounds of warm-up
          double[] times = {
            timeQuery(index, phrase, Exactness.WORDS),
            timeQuery(index, phrase, Exactness.FORM),
            timeConcordance(index, phrase, Exactness.WORDS),
            timeConcordance(index, phrase, Exactness.FORM)
          };
          if (round >= 0) {
            for (int i = 0; i < 4; i++) {
              ms[i][round] = times[i];
            }
          }
        }
        total = index.search(phrase, SearchOptions.DEFAULT.withCollapseDuplicates(false)).total();
        double[] median = Arrays.stream(ms).mapToDouble(ExactnessCost::median).toArray();
        System.out.printf(
            Locale.ROOT,
            "%-16s %9d %10.1f %10.1f %6.2f   %11.1f %11.1f %6.2f%n",
            phrase,
            total,
            median[0],
            median[1],
            median[1] / median[0],
            median[2],
            median[3],
            median[3] / median[2]);
      }
    }
  }

  private static double timeQuery(ParagraphIndex index, String phrase, Exactness exactness) {
    long start = System.nanoTime();
    index.search(phrase, SearchOptions.DEFAULT.withExactness(exactness));
    return (System.nanoTime() - start) / 1e6;
  }

  private static double timeConcordance(ParagraphIndex index, String phrase, Exactness exactness) {
    long start = System.nanoTime();
    try (Stream<Occurrence> found =
        index.concordance(phrase, ConcordanceOptions.DEFAULT.withExactness(exactness))) {
      found.forEach(o -> {});
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
