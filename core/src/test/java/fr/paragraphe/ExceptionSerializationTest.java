package fr.paragraphe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Exceptions are Serializable (Throwable is): a copy keeps the one-line message and the fields that
 * can travel.
 */
class ExceptionSerializationTest {

  @Test
  void aMissingIndexTravelsWithItsMessage() throws Exception {
    MissingIndexException copy = copy(new MissingIndexException(Path.of("corpus-index")));
    assertEquals("no index in corpus-index", copy.getMessage());
  }

  @Test
  void aSyntaxErrorTravelsWithItsQueryAndColumn() throws Exception {
    QuerySyntaxException copy = copy(new QuerySyntaxException("(Tigre", 1, "unclosed parenthesis"));
    assertEquals("unclosed parenthesis (position 1)", copy.getMessage());
    assertEquals("(Tigre", copy.query());
    assertEquals(1, copy.column());
  }

  @SuppressWarnings("unchecked") // readObject returns what writeObject was given, an E
  private static <E extends Exception> E copy(E exception)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(exception);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (E) in.readObject();
    }
  }
}
