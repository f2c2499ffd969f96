package fr.paragraphe.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus of French-like paragraphs made from a seed, the same on every run: sentences drawn from
 * phrases that exercise the analysis (elisions with either apostrophe, accents present or not,
 * ligatures, upper case, hyphenated words, runs of common words), with headings and verbatim
 * duplicates. It stands in for real text, which the repository does not hold.
 */
final class GeneratedCorpus {
  private static final List<String> PHRASES =
      List.of(
          "sur la rive gauche du Tigre",
          "la rive droite",
          "au nord de Mossoul",
          "à Bagdad",
          "en Irak",
          "soutenus par la coalition",
          "soutenus de la coalition",
          "la coalition internationale conduite par",
          "le cœur de la ville",
          "le coeur de la ville",
          "l’armée américaine",
          "L'ARMÉE AMÉRICAINE",
          "les États-Unis",
          "les Etats-Unis d'Amérique",
          "aujourd’hui la rivière",
          "aujourd'hui",
          "un porte-monnaie",
          "les œuvres complètes",
          "une oeuvre",
          "l'été",
          "l’Été dernier",
          "en Ægypte",
          "à l'hôpital",
          "à l’hopital",
          "une naïve",
          "à Noël",
          "lorsqu'il",
          "jusqu’à",
          "le fleuve",
          "un cours d'eau",
          "je ne sais pas",
          "que je",
          "il y aura",
          "la ville cruciale",
          "une ville très cruciale",
          "les combattants kurdes",
          "des postes avancés",
          "une contre-offensive terrestre majeure",
          "l'âme",
          "des réfugiés",
          "la réunion",
          "le terrain",
          "des raids",
          "les djihadistes",
          "le Tigre et la rive",
          "ville ville",
          "la la la",
          "des conseillers militaires",
          "à l'opération",
          "de la",
          "et",
          "de",
          "mais",
          "donc",
          "puis",
          "alors",
          "souvent",
          "jamais",
          "toujours",
          "la maison",
          "le chemin",
          "une lettre",
          "un soldat",
          "des paysans",
          "la guerre",
          "la paix",
          "un village",
          "les hommes",
          "une femme",
          "le roi",
          "la mer",
          "le Tigre",
          "Mossoul",
          "Bagdad",
          "la rivière",
          "les kurdes",
          "une route",
          "le pont",
          "la nuit",
          "le matin");
  private static final List<String> HEADINGS =
      List.of(
          "CONTRE-OFFENSIVE EN PRÉPARATION",
          "LA RIVE GAUCHE",
          "# Chapitre premier",
          "# Le cœur de la ville");

  private GeneratedCorpus() {}

  /** Writes {@code files} text files of {@code paragraphs} paragraphs each into {@code folder}. */
  static List<Path> write(Path folder, int files, int paragraphs, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> written = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    for (int f = 0; f < files; f++) {
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < paragraphs; p++) {
        if (random.nextInt(60) == 0) {
          text.append(HEADINGS.get(random.nextInt(HEADINGS.size()))).append("\n\n");
        }
        String paragraph =
            !written.isEmpty() && random.nextInt(25) == 0
                ? written.get(random.nextInt(written.size())) // a verbatim duplicate
                : paragraph(random);
        written.add(paragraph);
        text.append(paragraph).append("\n\n");
      }
      Path file = folder.resolve(String.format("texte-%03d.txt", f));
      Files.writeString(file, text);
      paths.add(file);
    }
    return paths;
  }

  private static String paragraph(Random random) {
    StringBuilder paragraph = new StringBuilder();
    int sentences = 1 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        paragraph.append(' ');
      }
      StringBuilder sentence = new StringBuilder();
      int parts = 3 + random.nextInt(10);
      for (int i = 0; i < parts; i++) {
        if (i > 0) {
          sentence.append(random.nextInt(8) == 0 ? ", " : " ");
        }
        sentence.append(PHRASES.get(random.nextInt(PHRASES.size())));
      }
      paragraph
          .append(Character.toUpperCase(sentence.charAt(0)))
          .append(sentence, 1, sentence.length())
          .append('.');
    }
    return paragraph.toString();
  }
}
