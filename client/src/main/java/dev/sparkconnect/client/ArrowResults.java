package dev.sparkconnect.client;

import dev.sparkconnect.client.internal.results.ArrowJavaReader;
import dev.sparkconnect.client.internal.results.ResultResponses;
import dev.sparkconnect.client.internal.transport.ResponseStream;
import java.util.Objects;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * Results as Apache Arrow Java record batches, as PySpark's {@code DataFrame.toArrow()} gives
 * them, for libraries that take Arrow.
 *
 * <pre>{@code
 * try (BufferAllocator allocator = new RootAllocator();
 *      ArrowReader reader = ArrowResults.toArrow(df, allocator)) {
 *   VectorSchemaRoot root = reader.getVectorSchemaRoot();
 *   while (reader.loadNextBatch()) {
 *     consume(root);
 *   }
 * }
 * }</pre>
 *
 * <p>Arrow Java is an optional dependency of this client: add {@code org.apache.arrow:arrow-vector}
 * and an allocator ({@code arrow-memory-netty} or {@code arrow-memory-unsafe}) to use this class,
 * and start the JVM with the flags Arrow Java needs (on Java 17 and later
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED}; the README lists them per JDK). It lives
 * here rather than on {@link DataFrame} so that nothing else of the client names an Arrow Java
 * type: {@code DataFrame} can be loaded, and inspected by reflection (as Groovy, Spring or
 * Jackson do), without Arrow Java on the class path.
 */
public final class ArrowResults {

  private static final String ARROW_READER = "org.apache.arrow.vector.ipc.ArrowReader";

  private ArrowResults() {}

  /**
   * Runs {@code df}'s query and returns its result as Arrow Java record batches: each
   * {@code loadNextBatch()} fills the reader's {@code VectorSchemaRoot} with the next batch, in
   * buffers from {@code allocator}. Close the reader to release them and to stop early.
   *
   * @throws IllegalStateException if Arrow Java is not on the class path (the query is not started)
   */
  public static ArrowReader toArrow(DataFrame df, BufferAllocator allocator) {
    Objects.requireNonNull(df, "df");
    Objects.requireNonNull(allocator, "allocator");
    requireArrowJava();
    ResponseStream responses = df.start();
    try {
      return ArrowJavaReader.read(new ResultResponses(responses), allocator);
    } catch (RuntimeException | Error e) {
      responses.close();
      throw e;
    }
  }

  /** {@link #toArrow(DataFrame, BufferAllocator)} of a typed Dataset: the columns its encoder reads. */
  public static ArrowReader toArrow(Dataset<?> dataset, BufferAllocator allocator) {
    Objects.requireNonNull(dataset, "dataset");
    return toArrow(dataset.toDF(), allocator);
  }

  private static void requireArrowJava() {
    try {
      Class.forName(ARROW_READER, false, ArrowResults.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("toArrow hands results to Apache Arrow Java, which is not on the class path:"
          + " add org.apache.arrow:arrow-vector and an allocator (arrow-memory-netty or arrow-memory-unsafe)", e);
    }
  }
}
