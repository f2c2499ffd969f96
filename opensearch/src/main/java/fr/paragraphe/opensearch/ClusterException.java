package fr.paragraphe.opensearch;

import fr.paragraphe.ParagrapheException;

/** The cluster cannot be reached, refused a request, or holds no paragraphe index of that name: one line. */
public class ClusterException extends ParagrapheException {
  public ClusterException(String message) {
    super(message);
  }

  public ClusterException(String message, Throwable cause) {
    super(message, cause);
  }
}
