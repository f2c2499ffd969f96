package fr.paragraphe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a command: the training run of bin/make-start-cache. The JVM records what this loads and runs
 * (the real {@code index} and {@code query} commands on a small text) into the start cache that
 * every later index-cli process starts from. What is left out here is loaded the slow way, so this
 * covers the common paths; it runs {@code --json} too, which costs the other queries nothing
 * measurable.
 */
final class StartCacheTraining {
  private static final String TEXT =
      """
      LA BATAILLE DE MOSSOUL

      Les combattants kurdes soutenus par la coalition internationale ont repris du terrain aux djihadistes et \
      « se sont emparés de trois postes avancés sur la rive gauche du Tigre », précise le commandement.

      L’offensive, lancée à l’aube, vise à couper les routes d’approvisionnement de l’État islamique entre \
      Mossoul et la frontière syrienne.

      Les combattants kurdes soutenus par la coalition internationale ont repris du terrain aux djihadistes et \
      « se sont emparés de trois postes avancés sur la rive gauche du Tigre », précise le commandement.

      # Réactions

      À Bagdad, le gouvernement salue « une étape décisive » ; les ONG s’inquiètent du sort des civils.
      """;

  private StartCacheTraining() {}

  /** {@code args[0]}: an empty directory to work in. */
  public static void main(String[] args) throws IOException {
    Path work = Path.of(args[0]);
    Path text = Files.writeString(work.resolve("article.txt"), TEXT);
    String index = work.resolve("index").toString();
    expect(0, "index", "--index", index, text.toString());
    expect(
        0,
        "index",
        "--index",
        index,
        text.toString()); // the usual case: a file indexed again replaces itself
    expect(0, "query", "--index", index, "\"rive gauche du Tigre\"");
    expect(0, "query", "--index", index, "combattants kurdes");
    expect(0, "query", "--index", index, "Mossoul AND (kurdes OR syrienne) -Bagdad offens*");
    expect(0, "query", "--index", index, "--json", "\"soutenus par la coalition\"~2");
    expect(1, "query", "--index", index, "\"soutenus de la coalition\"");
  }

  private static void expect(int exitCode, String... args) {
    int actual = IndexCli.run(args);
    if (actual != exitCode) {
      throw new IllegalStateException(
          "index-cli " + String.join(" ", args) + " exited with " + actual);
    }
  }
}
