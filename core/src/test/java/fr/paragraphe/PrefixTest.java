package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A prefix finds every paragraph that a word it starts finds, though words are indexed as stems.
 */
class PrefixTest {
  /**
   * Words whose stem is shorter than the word, through each rule of the light stemmer: plurals,
   * -aux, the suffixes it strips or rewrites, and the final r/e/ie and doubled letters it drops.
   */
  private static final String WORDS =
      """
      habitation habitations habiter habitait gouvernement gouvernements préparation préparatifs préparer
      préparait chevaux travaux journaux animaux vitraux bijoux genoux heureux heureuse heureuses
      agrandissement agrandissements finissant finissante rapidement activement naïvement vivement
      vérification vérificatrice amplificateur amplificatrices éducatrice éducateur éducatrices indicateur
      fabrication fabricatrice créatrice créateur créateurs spectatrice spectateur actrice acteur
      directrice directeur menteuse chanteuse chanteur porteuse porteur danseuse danseur sportive
      sportives active massive folle molle folles personnelle personnel personnelles traditionnelle
      traditionnel nationnel poétique politique politiques économique économiques tristesse politesse
      jeunesse jardinage jardinages organisation actualisation organisations organisateur organisateurs
      nation ration station situation audition édition position compétition définitions première dernière
      troisième prophète poète planète boulangerie boulangeries chevalerie galerie sortie partie parties
      aller allée allées parler parlée donner donnée données armée armées année années rapport
      rapporter frapper frappée terre terres guerre guerres village villages ville villes belle belles
      cruciale cruciales offensive offensives terrestre majeure combattants combattante
      """;

  @Test
  void everyPrefixOfAWordFindsIt() throws Exception {
    Set<String> words = new TreeSet<>();
    Arrays.stream(WORDS.split("\\s+")).filter(w -> !w.isEmpty()).forEach(words::add);
    for (String word : Files.readString(SeedIndex.SEED).split("[^\\p{L}]+")) {
      if (word.length() >= 2) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    List<String> lines = new ArrayList<>(words);
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      // One word per line, so paragraph n holds word n-1 alone.
      index.add(List.of(Source.text("words", String.join("\n", lines))));
      List<String> misses = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String word = lines.get(i);
        for (int length = 2; length <= word.length(); length++) {
          String prefix = word.substring(0, length);
          if (!paragraphs(index, prefix + "*").contains(i + 1)) {
            misses.add(prefix + "* misses " + word);
          }
        }
      }
      assertEquals(
          List.of(), misses, () -> misses.size() + " misses in " + lines.size() + " words");
    }
  }

  @Test
  void theExamplesOfTheIssueFindWhatTheWordFinds() {
    try (ParagraphIndex index = ParagraphIndex.inMemory()) {
      index.add(
          List.of(
              Source.text(
                  "t",
                  String.join(
                      "\n\n",
                      "Une habitation au bord du fleuve.",
                      "Le gouvernement a parlé.",
                      "La préparation de l'offensive.",
                      "Les préparatifs sont finis.",
                      "Un habit neuf.",
                      "Rien de tout cela."))));
      // habit and habitation are both indexed as habit.
      assertEquals(Set.of(1, 5), paragraphs(index, "habitation"));
      assertEquals(Set.of(1, 5), paragraphs(index, "habitation*"));
      assertEquals(Set.of(2), paragraphs(index, "gouvernement*"));
      assertEquals(Set.of(3, 4), paragraphs(index, "préparat*"));
      assertEquals(Set.of(), paragraphs(index, "préparation -préparat*"));
    }
  }

  private static Set<Integer> paragraphs(ParagraphIndex index, String query) {
    return index
        .search(query, SearchOptions.DEFAULT.withLimit(10_000).withCollapseDuplicates(false))
        .hits()
        .stream()
        .map(Hit::paragraph)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
