package fr.paragraphe.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.codecs.CompoundDirectory;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The bytes of a committed Lucene index by file extension and by kind of data (terms, postings,
 * stored fields...), compound files opened so that their parts are counted as what they hold.
 */
final class IndexFiles {
  /** The kinds of data, in the order tables print them, each with the extensions that hold it. */
  static final Map<String, List<String>> KINDS = kinds();

  private IndexFiles() {}

  private static Map<String, List<String>> kinds() {
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    kinds.put("terms", List.of("tim", "tip", "tmd"));
    // .psm: the postings format's metadata (Lucene 10.6), small.
    kinds.put("postings", List.of("doc", "psm"));
    kinds.put("positions", List.of("pos"));
    kinds.put("payloads/offsets", List.of("pay"));
    kinds.put("stored fields", List.of("fdt", "fdx", "fdm"));
    // .dvs: the doc values' skip index, .dvp: their sets of documents (Lucene90DocValuesFormat).
    kinds.put("doc values", List.of("dvd", "dvm", "dvs", "dvp"));
    kinds.put("norms", List.of("nvd", "nvm"));
    kinds.put("points", List.of("kdd", "kdi", "kdm"));
    return kinds;
  }

  /** The kind of data a file extension holds; "other" for the rest (.si, .fnm, segments...). */
  static String kind(String extension) {
    for (Map.Entry<String, List<String>> kind : KINDS.entrySet()) {
      if (kind.getValue().contains(extension)) {
        return kind.getKey();
      }
    }
    return "other";
  }

  /**
   * Bytes per extension of the last commit of the index in {@code path}; the parts of a compound
   * file under their own extensions, its headers and table ("cfs", "cfe") what is left.
   */
  static Map<String, Long> bytesByExtension(Path path) throws IOException {
    Map<String, Long> bytes = new TreeMap<>();
    try (Directory directory = FSDirectory.open(path)) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
      add(bytes, infos.getSegmentsFileName(), directory.fileLength(infos.getSegmentsFileName()));
      for (SegmentCommitInfo segment : infos) {
        for (String file : segment.files()) {
          long length = directory.fileLength(file);
          if (segment.info.getUseCompoundFile()
              && IndexFileNames.getExtension(file).equals("cfs")) {
            try (CompoundDirectory compound =
                segment
                    .info
                    .getCodec()
                    .compoundFormat()
                    .getCompoundReader(directory, segment.info)) {
              for (String part : compound.listAll()) {
                add(bytes, part, compound.fileLength(part));
                length -= compound.fileLength(part);
              }
            }
          }
          add(bytes, file, length);
        }
      }
    }
    return bytes;
  }

  /** Bytes per kind of data ({@link #KINDS} then "other"), from bytes per extension. */
  static Map<String, Long> bytesByKind(Map<String, Long> byExtension) {
    Map<String, Long> bytes = new LinkedHashMap<>();
    KINDS.keySet().forEach(kind -> bytes.put(kind, 0L));
    bytes.put("other", 0L);
    byExtension.forEach((extension, length) -> bytes.merge(kind(extension), length, Long::sum));
    return bytes;
  }

  static long total(Map<String, Long> bytes) {
    return bytes.values().stream().mapToLong(Long::longValue).sum();
  }

  private static void add(Map<String, Long> bytes, String file, long length) {
    String extension = IndexFileNames.getExtension(file);
    // segments_N has no extension.
    bytes.merge(extension == null ? "segments_N" : extension, length, Long::sum);
  }
}
