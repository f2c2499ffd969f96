import fr.paragraphe.Hit;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.SearchOptions;
import fr.paragraphe.Source;
import fr.paragraphe.Span;
import java.nio.file.Path;
import java.util.List;

public class Example {
  public static void main(String[] args) {
    try (ParagraphIndex index =
        ParagraphIndex.openOrCreate(Path.of(args.length > 0 ? args[0] : "example-index"))) {
      index.add(
          List.of(
              Source.file(Path.of("seeds/000_de5b8be049ad9072.txt")),
              Source.text("note", "Sur la rive gauche du Tigre, rien de neuf.")));
      for (Hit hit : index.search("\"rive gauche du Tigre\"", SearchOptions.DEFAULT).hits()) {
        Span first = hit.highlights().get(0);
        System.out.println(
            hit.source()
                + ":"
                + hit.paragraph()
                + " "
                + hit.text().substring(first.start(), first.end())
                + " "
                + hit.duplicates());
      }
    }
  }
}
