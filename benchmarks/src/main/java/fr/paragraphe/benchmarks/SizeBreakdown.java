/*
 *   benchmarks/size-breakdown [CORPUS] [PARAGRAPHS]    # default: all of ELTeC, a few minutes
 */
package fr.paragraphe.benchmarks;

import fr.paragraphe.IndexingOptions;
import fr.paragraphe.ParagraphIndex;
import fr.paragraphe.Source;
import fr.paragraphe.analysis.FrenchParagraphAnalyzer;
import fr.paragraphe.input.ParagraphMode;
import fr.paragraphe.spi.ParagraphFields;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Where the bytes of an index go: MB per MB of text by kind of Lucene file for paragraphe, bare
 * Lucene with paragraphe's analyzer and text field, and stock Lucene; then what each field of
 * paragraphe's document costs, from bare Lucene indexes that add one field at a time. Every index
 * but the first is merged into one segment, so that they differ by what they hold only.
 */
public final class SizeBreakdown {
  private static final String DEFAULT_CORPUS = "../shared/corpora/eltec-fra.paragraphs.txt.gz";

  private final List<String> paragraphs;
  private final double textMegabytes;
  private final Path work;

  private SizeBreakdown(List<String> paragraphs, Path work) {
    this.paragraphs = paragraphs;
    this.textMegabytes = Corpus.megabytes(paragraphs);
    this.work = work;
  }

  public static void main(String[] args) throws IOException {
    String corpus = args.length > 0 ? args[0] : DEFAULT_CORPUS;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    List<String> paragraphs = Corpus.paragraphs(corpus, count);
    Path work = Files.createTempDirectory("size-breakdown");
    try {
      new SizeBreakdown(paragraphs, work).run(corpus);
    } finally {
      DiskIndex.delete(work);
    }
  }

  private void run(String corpus) throws IOException {
    System.out.printf(
        Locale.ROOT,
        "%s: %,d paragraphs, %.1f MB of text; indexes in %s%n%n",
        corpus,
        paragraphs.size(),
        textMegabytes,
        work);
    Map<String, Map<String, Long>> engines = new LinkedHashMap<>();
    Path paragraphe = work.resolve("paragraphe");
    try (ParagraphIndex index = ParagraphIndex.openOrCreate(paragraphe)) {
      index.add(
          List.of(Source.text("corpus", String.join("\n", paragraphs))),
          IndexingOptions.DEFAULT.withMode(ParagraphMode.LINES));
    }
    engines.put("paragraphe as added", IndexFiles.bytesByExtension(paragraphe));
    DiskIndex.forceMerge(paragraphe, indexAnalyzer());
    engines.put("paragraphe", IndexFiles.bytesByExtension(paragraphe));
    DiskIndex.delete(paragraphe);
    engines.put(
        "bare Lucene", bare("bare", (number, text) -> text(text, ParagraphFields.TEXT_TYPE)));
    engines.put("stock Lucene", stock());
    printEngines(engines);
    printFields(engines.get("bare Lucene"), engines.get("paragraphe"));
  }

  private Map<String, Long> stock() throws IOException {
    Path path = work.resolve("stock");
    Analyzer analyzer = new FrenchAnalyzer();
    DiskIndex.build(
        path, analyzer, paragraphs, (number, text) -> text(text, TextField.TYPE_STORED));
    return merged(path, analyzer);
  }

  /** A bare Lucene index with paragraphe's index analyzer, merged: its bytes per extension. */
  private Map<String, Long> bare(String name, DiskIndex.Documents documents) throws IOException {
    return bare(name, Codec.getDefault(), documents);
  }

  private Map<String, Long> bare(String name, Codec codec, DiskIndex.Documents documents)
      throws IOException {
    Path path = work.resolve(name);
    DiskIndex.build(path, indexAnalyzer(), codec, paragraphs, documents);
    return merged(path, indexAnalyzer(), codec);
  }

  private static Map<String, Long> merged(Path path, Analyzer analyzer) throws IOException {
    return merged(path, analyzer, Codec.getDefault());
  }

  private static Map<String, Long> merged(Path path, Analyzer analyzer, Codec codec)
      throws IOException {
    DiskIndex.forceMerge(path, analyzer, codec);
    Map<String, Long> bytes = IndexFiles.bytesByExtension(path);
    DiskIndex.delete(path);
    return bytes;
  }

  private static Analyzer indexAnalyzer() {
    return new FrenchParagraphAnalyzer(FrenchParagraphAnalyzer.Mode.INDEX);
  }

  private void printEngines(Map<String, Map<String, Long>> engines) {
    System.out.println(
        "MB per MB of text, by kind of file (\"paragraphe as added\": as index-cli leaves it;"
            + " the others merged into one segment):");
    List<String> names = List.copyOf(engines.keySet());
    System.out.printf(Locale.ROOT, "%-24s", "kind");
    names.forEach(name -> System.out.printf(Locale.ROOT, "%21s", name));
    System.out.println();
    Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
    engines.forEach((name, bytes) -> byKind.put(name, IndexFiles.bytesByKind(bytes)));
    for (String kind : byKind.get(names.get(0)).keySet()) {
      row(kind, names.stream().map(name -> perText(byKind.get(name).get(kind))).toList());
    }
    row("total", names.stream().map(name -> perText(IndexFiles.total(engines.get(name)))).toList());
    double stock = IndexFiles.total(engines.get("stock Lucene"));
    row(
        "ratio to stock",
        names.stream().map(name -> IndexFiles.total(engines.get(name)) / stock).toList());
    System.out.println();
    System.out.println("The same by file extension (what Lucene 10.6 wrote), MB per MB of text:");
    TreeSet<String> extensions = new TreeSet<>();
    engines.values().forEach(bytes -> extensions.addAll(bytes.keySet()));
    for (String extension : extensions) {
      row(
          (extension.startsWith("segments") ? "" : ".")
              + extension
              + " ("
              + IndexFiles.kind(extension)
              + ")",
          names.stream()
              .map(name -> perText(engines.get(name).getOrDefault(extension, 0L)))
              .toList());
    }
    System.out.println();
  }

  private void row(String label, List<Double> values) {
    System.out.printf(Locale.ROOT, "%-24s", label);
    values.forEach(value -> System.out.printf(Locale.ROOT, "%21.3f", value));
    System.out.println();
  }

  /**
   * What each field of paragraphe's document costs: bare Lucene indexes that add one field (or one
   * way of indexing it) at a time to the one they are based on.
   */
  private void printFields(Map<String, Long> bareBytes, Map<String, Long> paragrapheBytes)
      throws IOException {
    String noOffsets = "text, positions, no offsets";
    String bare = "text with offsets (bare)";
    String hash16 = "+ hash term, 16 bytes";
    String hash8 = "+ hash term, 8 bytes";
    String twoLongs = "+ two 64-bit doc values";
    String id = "+ id term";
    String source = "+ source term, doc values";
    Codec lz4 = Codec.getDefault();
    // Stored fields in DEFLATE rather than LZ4: the codec's other choice.
    Codec deflate = new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION);
    List<Variant> variants =
        List.of(
            new Variant(noOffsets, null, false, lz4, List.of()),
            new Variant("text, stored best compression", noOffsets, false, deflate, List.of()),
            new Variant(bare, noOffsets, true, lz4, List.of()),
            new Variant(hash16, bare, true, lz4, List.of(hash16())),
            new Variant(hash8, bare, true, lz4, List.of(hash8())),
            new Variant(twoLongs, hash16, true, lz4, List.of(hash16(), twoLongs())),
            new Variant("+ one 64-bit doc value", hash8, true, lz4, List.of(hash8(), oneLong())),
            new Variant(id, twoLongs, true, lz4, List.of(hash16(), twoLongs(), idTerm())),
            new Variant(
                source, id, true, lz4, List.of(hash16(), twoLongs(), idTerm(), sourceTerm())),
            new Variant(
                "+ stored source, number",
                source,
                true,
                lz4,
                List.of(hash16(), twoLongs(), idTerm(), sourceTerm(), storedSourceAndNumber())));

    Map<String, Map<String, Long>> sizes = new LinkedHashMap<>();
    for (Variant variant : variants) {
      if (variant.name.equals(bare)) {
        sizes.put(variant.name, bareBytes); // built already
        continue;
      }
      FieldType text = variant.offsets ? withOffsets() : withoutOffsets();
      sizes.put(
          variant.name,
          bare(
              "variant",
              variant.codec,
              (number, paragraph) -> {
                Document doc = text(paragraph, text);
                variant.fields.forEach(field -> field.addTo(doc, number, paragraph));
                return doc;
              }));
    }
    System.out.println(
        "What each field costs (bare Lucene, paragraphe's analyzer, one segment), MB per MB of text;"
            + " each row adds to the row named in \"over\":");
    System.out.printf(
        Locale.ROOT,
        "%-30s %9s %-28s %9s %9s  %s%n",
        "index",
        "MB/MB",
        "over",
        "+MB/MB",
        "+B/para",
        "where (MB/MB)");
    for (Variant variant : variants) {
      Map<String, Long> bytes = sizes.get(variant.name);
      Map<String, Long> base = variant.base == null ? bytes : sizes.get(variant.base);
      printVariant(variant.name, bytes, variant.base == null ? "" : variant.base, base);
    }
    printVariant(
        "paragraphe", paragrapheBytes, variants.getLast().name, sizes.get(variants.getLast().name));
    System.out.println();
  }

  private void printVariant(
      String name, Map<String, Long> bytes, String over, Map<String, Long> base) {
    long added = IndexFiles.total(bytes) - IndexFiles.total(base);
    Map<String, Long> kinds = IndexFiles.bytesByKind(bytes);
    Map<String, Long> baseKinds = IndexFiles.bytesByKind(base);
    List<String> where = new ArrayList<>();
    kinds.forEach(
        (kind, length) -> {
          long delta = length - baseKinds.get(kind);
          if (Math.abs(delta) > 0.002 * textMegabytes * 1e6) {
            where.add(String.format(Locale.ROOT, "%s %+.3f", kind, perText(delta)));
          }
        });
    System.out.printf(
        Locale.ROOT,
        "%-30s %9.3f %-28s %+9.3f %+9.1f  %s%n",
        name,
        perText(IndexFiles.total(bytes)),
        over,
        perText(added),
        (double) added / paragraphs.size(),
        String.join(", ", where));
  }

  private double perText(long bytes) {
    return bytes / 1e6 / textMegabytes;
  }

  /**
   * One bare index: its text field, with or without offsets, plus {@code fields}, written by {@code
   * codec}; compared with the row named {@code base}.
   */
  private record Variant(
      String name, String base, boolean offsets, Codec codec, List<ExtraField> fields) {}

  /** paragraphe's text field as index format 2 had it: positions and offsets. */
  private static FieldType withOffsets() {
    FieldType type = new FieldType(ParagraphFields.TEXT_TYPE);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** paragraphe's text field without the offsets: positions only. */
  private static FieldType withoutOffsets() {
    FieldType type = new FieldType(ParagraphFields.TEXT_TYPE);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  /** Fields added to a paragraph's document, as paragraphe's ParagraphDocument adds them. */
  private interface ExtraField {
    void addTo(Document doc, int number, String text);
  }

  private static Document text(String text, FieldType type) {
    Document doc = new Document();
    doc.add(new Field(ParagraphFields.TEXT, text, type));
    return doc;
  }

  private static ExtraField hash16() {
    return (doc, number, text) ->
        doc.add(new StringField(ParagraphFields.HASH, new BytesRef(hash(text)), Field.Store.NO));
  }

  private static ExtraField hash8() {
    return (doc, number, text) ->
        doc.add(
            new StringField(
                ParagraphFields.HASH, new BytesRef(Arrays.copyOf(hash(text), 8)), Field.Store.NO));
  }

  private static ExtraField twoLongs() {
    return (doc, number, text) -> {
      ByteBuffer hash = ByteBuffer.wrap(hash(text));
      doc.add(new NumericDocValuesField("hash_prefix", hash.getLong()));
      doc.add(new NumericDocValuesField("hash_rest", hash.getLong()));
    };
  }

  private static ExtraField oneLong() {
    return (doc, number, text) ->
        doc.add(new NumericDocValuesField("hash_prefix", ByteBuffer.wrap(hash(text)).getLong()));
  }

  private static ExtraField idTerm() {
    return (doc, number, text) ->
        doc.add(new StringField(ParagraphFields.ID, "corpus#" + number, Field.Store.NO));
  }

  private static ExtraField sourceTerm() {
    return (doc, number, text) -> {
      doc.add(new StringField(ParagraphFields.SOURCE, "corpus", Field.Store.NO));
      doc.add(new SortedDocValuesField(ParagraphFields.SOURCE, new BytesRef("corpus")));
    };
  }

  private static ExtraField storedSourceAndNumber() {
    return (doc, number, text) -> {
      doc.add(new StoredField(ParagraphFields.SOURCE, "corpus"));
      doc.add(new StoredField(ParagraphFields.PARAGRAPH, number));
      doc.add(new NumericDocValuesField(ParagraphFields.PARAGRAPH, number));
    };
  }

  /**
   * 16 bytes of SHA-256 of the text: as random as paragraphe's hash, which is what makes hashes
   * cost their full width in the index.
   */
  private static byte[] hash(String text) {
    try {
      return Arrays.copyOf(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
