package fr.paragraphe.opensearch;

import fr.paragraphe.ParagrapheException;
import java.io.Serial;

/**
 * The cluster cannot be reached, refused a request, or holds no paragraphe index of that name: one
 * line.
 */
public class ClusterException extends ParagrapheException {
  @Serial private static final long serialVersionUID = 1L;

  public ClusterException(String message) {
    super(message);
  }

  public ClusterException(String message, Throwable cause) {
    super(message, cause);
  }
}
