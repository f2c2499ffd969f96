package fr.paragraphe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A generated corpus of French-like text, large enough for indexing to take seconds: {@link #FILES}
 * files, each in two versions, A and B, that differ in their paragraph count and in a marker word
 * in every paragraph ({@code versiona}, {@code versionb}), so that a reader can tell, source by
 * source, which version it holds.
 */
final class Corpus {
  static final int FILES = 300;
  private static final String[] WORDS =
      ("le la les un une des du de et à au aux en dans sur sous par pour avec sans que qui dont où il elle ils elles"
              + " nous on rive fleuve Tigre ville maison chemin soleil nuit jour matin soir pays gens enfant femme homme"
              + " regarde marche parle attend revient porte laisse trouve garde raconte longtemps toujours encore déjà"
              + " grand petit vieux noir blanc lent doux froid chaud clair sombre heureux triste pierre eau feu terre ciel"
              + " mer bois champ pont église marché rue place fenêtre porte lettre livre histoire mémoire silence voix")
          .split(" ");

  private Corpus() {}

  /** Paragraphs of file {@code file} in {@code version}: B has three more than A. */
  static int paragraphs(int file, char version) {
    return 40 + file % 11 + (version == 'B' ? 3 : 0);
  }

  static String name(int file) {
    return String.format(java.util.Locale.ROOT, "corpus/%03d.txt", file);
  }

  /** Writes every file of the corpus, in {@code version}, under {@code work}/corpus. */
  static void write(Path work, char version) throws IOException {
    Files.createDirectories(work.resolve("corpus"));
    for (int file = 0; file < FILES; file++) {
      Random random = new Random(file * 31L + version);
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < paragraphs(file, version); p++) {
        text.append("Version").append(Character.toLowerCase(version));
        for (int w = 0; w < 40 + random.nextInt(40); w++) {
          text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.append(".\n\n");
      }
      Files.writeString(work.resolve(name(file)), text);
    }
  }
}
