package fr.paragraphe.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

/**
 * The folding table is filled lazily by whichever thread folds a character first and read by all
 * others without a lock. That is only safe if what a thread publishes in it cannot be seen
 * half-built.
 */
class AsciiFoldingSharingTest {

  /**
   * The Java memory model lets a thread that reads a table entry through a data race see the entry
   * before the writes that filled it, unless the entry is an object whose contents are final
   * fields. Entries must therefore be of an immutable class with only final fields (String), not
   * arrays.
   */
  @Test
  void theTableHoldsOnlyImmutableEntries() throws Exception {
    List<String> shared = new ArrayList<>();
    for (Field field : AsciiFolding.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType().isArray()) {
        Class<?> entry = field.getType().getComponentType();
        if (entry.isArray() || !(entry == String.class || entry.isPrimitive())) {
          shared.add(field.getName() + " holds " + entry.getSimpleName());
        }
      }
    }
    assertEquals(List.of(), shared, "a table shared between threads with mutable entries");
  }

  /**
   * Many threads folding every character at once, starting together on an empty table, each
   * checking every result against Lucene. On x86 (total store order) a racy publication shows no
   * torn entries, so this mostly guards the contents and the concurrency of the table, not the
   * memory model; the test above guards that.
   */
  @Test
  void threadsFoldingTogetherAllGetLucenesFolding() throws Exception {
    int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 4099;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  int wrong = 0;
                  char[] out = new char[4];
                  char[] expected = new char[4];
                  for (int i = 0; i <= Character.MAX_VALUE; i++) {
                    char[] in = {(char) ((i + offset) & 0xFFFF)};
                    int length = AsciiFolding.fold(in, 0, 1, out);
                    int expectedLength = ASCIIFoldingFilter.foldToASCII(in, 0, expected, 0, 1);
                    if (!new String(out, 0, length)
                        .equals(new String(expected, 0, expectedLength))) {
                      wrong++;
                    }
                  }
                  return wrong;
                }));
      }
      int wrong = 0;
      for (Future<Integer> result : results) {
        wrong += result.get();
      }
      assertEquals(0, wrong, "characters folded differently from Lucene");
    } finally {
      pool.shutdownNow();
    }
  }
}
