package fr.paragraphe;

import java.nio.file.Files;
import java.nio.file.Path;

/** The sample article of the repository, as tests find it from the module directory. */
public final class SeedIndex {
  public static final Path SEED = Path.of("..", "seeds", "000_de5b8be049ad9072.txt");

  /** The name the seed is indexed under in tests. */
  public static final String NAME = "seeds/000_de5b8be049ad9072.txt";

  private SeedIndex() {}

  public static ParagraphIndex inMemory() throws Exception {
    ParagraphIndex index = ParagraphIndex.inMemory();
    index.add(java.util.List.of(Source.text(NAME, Files.readString(SEED))));
    return index;
  }
}
