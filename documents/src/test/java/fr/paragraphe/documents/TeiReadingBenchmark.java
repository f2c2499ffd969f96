package fr.paragraphe.documents;

import fr.paragraphe.spi.DocumentReader.Block;
import fr.paragraphe.spi.DocumentReader.Blocks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.xml.XMLParser;

/**
 * TEI read by {@link TeiReader} (StAX, the JDK's) against Tika's XML parser feeding the same {@link
 * XhtmlBlocks}, on one generated TEI novel, same JVM, same run: not a unit test.
 *
 * <pre>
 * java -cp ... fr.paragraphe.documents.TeiReadingBenchmark [PARAGRAPHS] [cold-stax|cold-tika]
 * </pre>
 *
 * With {@code cold-*}, times only the first read of a small file in a fresh JVM: what one TEI file
 * costs an {@code index} run, class loading included.
 */
public final class TeiReadingBenchmark {
  private TeiReadingBenchmark() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Path file = Files.createTempFile("tei-benchmark-", ".xml");
    try {
      Files.writeString(file, novel(paragraphs), StandardCharsets.UTF_8);
      if (args.length > 1) {
        int blocks = args[1].equals("cold-stax") ? stax(file) : tika(file);
        System.out.printf(
            "%s: first read of %d paragraphs, JVM start to end of read: %.0f ms (%d blocks)%n",
            args[1], paragraphs, (System.nanoTime() - start) / 1e6, blocks);
        return;
      }
      System.out.printf("%d paragraphs, %.1f MB of TEI%n", paragraphs, Files.size(file) / 1e6);
      for (int round = 0; round < 3; round++) { // warm-up, both
        stax(file);
        tika(file);
      }
      double[] stax = new double[7];
      double[] tika = new double[7];
      int staxBlocks = 0;
      int tikaBlocks = 0;
      for (int i = 0; i < stax.length; i++) { // interleaved, so that noise hits both alike
        long t0 = System.nanoTime();
        staxBlocks = stax(file);
        long t1 = System.nanoTime();
        tikaBlocks = tika(file);
        long t2 = System.nanoTime();
        stax[i] = (t1 - t0) / 1e6;
        tika[i] = (t2 - t1) / 1e6;
      }
      System.out.printf(
          "StAX TeiReader:      median %.1f ms, %d blocks%n", median(stax), staxBlocks);
      System.out.printf(
          "Tika XMLParser:      median %.1f ms, %d blocks%n", median(tika), tikaBlocks);
      System.out.printf("ratio Tika / StAX:   %.2f%n", median(tika) / median(stax));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static int stax(Path file) throws IOException {
    return count(
        TimeLimit.read(
            Limits.DEFAULT,
            Limits.DEFAULT.timeLimit(),
            out -> new TeiReader().read(file, "tei", out)));
  }

  private static int tika(Path file) throws IOException {
    return count(
        TimeLimit.read(
            Limits.DEFAULT,
            Limits.DEFAULT.timeLimit(),
            out -> {
              XhtmlBlocks blocks = new XhtmlBlocks(out, false, 1 << 30);
              try (InputStream in = Files.newInputStream(file)) {
                new XMLParser().parse(in, blocks, new Metadata(), new ParseContext());
              } catch (Exception e) {
                throw new IOException(e);
              }
            }));
  }

  private static int count(Blocks blocks) throws IOException {
    int count = 0;
    try (blocks) {
      for (Block block = blocks.next(); block != null; block = blocks.next()) {
        count++;
      }
    }
    return count;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** A novel of that many paragraphs, in chapters of 50 with a head, a stanza and a note each. */
  static String novel(int paragraphs) {
    StringBuilder tei =
        new StringBuilder(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
            <title>Roman</title></titleStmt></fileDesc></teiHeader><text><body>
            """);
    for (int i = 0; i < paragraphs; i++) {
      if (i % 50 == 0) {
        tei.append(i == 0 ? "" : "</div>\n")
            .append("<div type=\"chapter\"><head>Chapitre ")
            .append(i / 50 + 1)
            .append("</head>\n<lg><l>Heureux qui, comme Ulysse,</l><l>a fait un beau voyage</l>")
            .append("</lg>\n");
      }
      tei.append("<p>Il entra dans la <hi>salle</hi> numéro ")
          .append(i)
          .append(", et dit<note>Une note.</note> bonjour à tous ceux qui l’attendaient depuis")
          .append(" le matin, sur la rive gauche du Tigre, près du vieux pont.</p>\n");
    }
    return tei.append("</div></body></text></TEI>\n").toString();
  }
}
