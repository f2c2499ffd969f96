package fr.paragraphe.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Reads an option's value as one of an enum's constants, written in lower case. */
abstract class LowerCaseEnum<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
  private final Class<E> type;

  LowerCaseEnum(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
        return constant;
      }
    }
    throw new CommandLine.TypeConversionException(
        "'"
            + value
            + "' is none of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }

  static final class SortConverter extends LowerCaseEnum<ConcordanceCommand.Sort> {
    SortConverter() {
      super(ConcordanceCommand.Sort.class);
    }
  }

  static final class CountByConverter extends LowerCaseEnum<ConcordanceCommand.CountBy> {
    CountByConverter() {
      super(ConcordanceCommand.CountBy.class);
    }
  }

  static final class FormatConverter extends LowerCaseEnum<TableOutput.Format> {
    FormatConverter() {
      super(TableOutput.Format.class);
    }
  }
}
