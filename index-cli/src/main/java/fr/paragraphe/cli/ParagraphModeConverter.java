package fr.paragraphe.cli;

import fr.paragraphe.input.ParagraphMode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * {@code auto}, {@code lines}, {@code blank-lines} on the command line, in lower case as users type
 * them.
 */
final class ParagraphModeConverter implements CommandLine.ITypeConverter<ParagraphMode> {
  @Override
  public ParagraphMode convert(String value) {
    try {
      return ParagraphMode.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a paragraph mode; use auto, lines or blank-lines");
    }
  }

  /** The names shown in help and completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("auto", "lines", "blank-lines").iterator();
    }
  }
}
