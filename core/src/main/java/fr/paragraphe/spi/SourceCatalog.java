package fr.paragraphe.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link SourceRecord}s of the sources an index holds, kept in its commit (Lucene's commit user
 * data, under {@link #KEY}), so that they change in the same atomic commit as the paragraphs: one
 * line per source, its fields separated by tabs, the name escaped.
 */
public final class SourceCatalog {
  /** The key of the commit user data that holds the catalog. */
  public static final String KEY = "paragraphe.sources";

  private final Map<String, SourceRecord> records = new TreeMap<>();

  /** The catalog a commit's user data holds; empty if it has none. */
  public static SourceCatalog decode(Map<String, String> userData) {
    SourceCatalog catalog = new SourceCatalog();
    String text = userData.get(KEY);
    if (text == null || text.isEmpty()) {
      return catalog;
    }
    for (String line : text.split("\n")) {
      String[] f = line.split("\t", -1);
      if (f.length != 9) {
        throw new IllegalStateException("a line of the source catalog has " + f.length + " fields");
      }
      catalog.put(
          new SourceRecord(
              unescape(f[0]),
              f[1],
              Integer.parseInt(f[2]),
              Long.parseLong(f[3]),
              Long.parseLong(f[4]),
              Long.parseLong(f[5]),
              f[6],
              unescape(f[7]),
              Long.parseLong(f[8])));
    }
    return catalog;
  }

  /** The text kept under {@link #KEY}. */
  public String encode() {
    StringBuilder text = new StringBuilder();
    for (SourceRecord r : records.values()) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(escape(r.source()))
          .append('\t')
          .append(r.format())
          .append('\t')
          .append(r.paragraphs())
          .append('\t')
          .append(r.indexedAt())
          .append('\t')
          .append(r.size())
          .append('\t')
          .append(r.modified())
          .append('\t')
          .append(r.contentHash())
          .append('\t')
          .append(escape(r.reading()))
          .append('\t')
          .append(r.seenAt());
    }
    return text.toString();
  }

  public SourceRecord get(String source) {
    return records.get(source);
  }

  public void put(SourceRecord record) {
    records.put(record.source(), record);
  }

  public void remove(String source) {
    records.remove(source);
  }

  /** Every record, by source name. */
  public Collection<SourceRecord> all() {
    return List.copyOf(records.values());
  }

  /** The sources whose name lies below the folder named {@code folder}, by name. */
  public List<String> below(String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    List<String> names = new ArrayList<>();
    for (String name : records.keySet()) {
      if (name.startsWith(prefix)) {
        names.add(name);
      }
    }
    return names;
  }

  /** Tabs, line ends and backslashes may be in file names; nothing else splits a line. */
  private static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> next;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
