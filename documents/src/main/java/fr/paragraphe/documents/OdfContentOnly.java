package fr.paragraphe.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.odf.OpenDocumentContentParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The parser of an OpenDocument's XML parts that reads {@code content.xml} and not {@code
 * styles.xml}: Tika gives both to one parser, and the second holds the page headers and footers,
 * text repeated on every page rather than the document's own (as for DOCX, where Tika leaves them
 * out by a setting). The part is told by its root element.
 */
final class OdfContentOnly implements Parser {
  private static final long serialVersionUID = 1L;

  /** The first element's name, after the XML declaration, comments and white space. */
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

  private static final int PEEK = 8192;

  private final OpenDocumentContentParser content = new OpenDocumentContentParser();

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return content.getSupportedTypes(context);
  }

  @Override
  public void parse(
      InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    BufferedInputStream in = new BufferedInputStream(stream, PEEK);
    in.mark(PEEK);
    byte[] start = in.readNBytes(PEEK);
    in.reset();
    Matcher root = ROOT.matcher(new String(start, StandardCharsets.UTF_8));
    if (root.find() && root.group(1).endsWith("document-styles")) {
      return;
    }
    content.parse(in, handler, metadata, context);
  }
}
