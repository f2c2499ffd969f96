package fr.paragraphe.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows for programs and spreadsheets, one per line, written as they come: TSV or CSV with a header
 * row, or JSON lines (one object per row, keyed by the column names). An absent value (null) is an
 * empty field, or JSON null.
 *
 * <p>TSV escapes a backslash, tab, line feed and carriage return inside a field as {@code \\},
 * {@code \t}, {@code \n}, {@code \r} (as PostgreSQL's text COPY does), so a row is always one line.
 * CSV follows RFC 4180: CRLF line ends, a field holding a comma, a double quote, CR or LF is put in
 * double quotes with its quotes doubled. Writing either is a few lines, where a library would add
 * jars that every command opens at start-up; the tests read both back with Commons CSV.
 */
final class TableOutput {
  enum Format {
    TEXT,
    TSV,
    CSV,
    JSONL
  }

  private final Format format;
  private final PrintWriter out;
  private final List<String> columns;

  TableOutput(Format format, PrintWriter out, List<String> columns) {
    if (format == Format.TEXT) {
      throw new IllegalArgumentException("text is not a table format");
    }
    this.format = format;
    this.out = out;
    this.columns = columns;
  }

  void header() {
    if (format != Format.JSONL) {
      line(List.copyOf(columns));
    }
  }

  void row(List<Object> cells) {
    if (format == Format.JSONL) {
      Map<String, Object> json = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        json.put(columns.get(i), cells.get(i));
      }
      out.print(JsonOutput.write(json));
      out.print('\n');
    } else {
      line(cells);
    }
  }

  private void line(List<Object> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(format == Format.TSV ? '\t' : ',');
      }
      String cell = cells.get(i) == null ? "" : cells.get(i).toString();
      line.append(format == Format.TSV ? tsv(cell) : csv(cell));
    }
    out.print(line.append(format == Format.TSV ? "\n" : "\r\n"));
  }

  static String tsv(String cell) {
    StringBuilder escaped = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  static String csv(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + cell.replace("\"", "\"\"") + '"';
      }
    }
    return cell;
  }
}
