package dev.sparkconnect.client.internal.results;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.protocol.arrow.SparkArrowTypes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A result read by Apache Arrow Java into its own vectors: what {@code DataFrame.toArrow} returns.
 *
 * <p>The server sends a result as a sequence of Arrow IPC streams, one per batch. Each is read
 * by Arrow Java's stream reader into buffers from the caller's allocator (the one copy Arrow Java
 * needs, from the response's bytes to its own memory), and its buffers are handed to this
 * reader's {@link #getVectorSchemaRoot() root} without another copy. Every stream must have the
 * first one's schema. A result whose server sent no batch at all (Spark always sends one, empty
 * if need be) gets its schema from the server's description of the rows, and no batch; its
 * timestamps are then in UTC, as the description does not carry the session's time zone.
 *
 * <p>With {@code ArrowResults}, the only class of the client that touches Arrow Java, which is an
 * optional dependency: it is loaded only when {@code ArrowResults.toArrow} is called.
 */
public final class ArrowJavaReader extends ArrowReader {

  private final ResultResponses result;
  private ArrowStreamReader current;
  private long bytesRead;

  private ArrowJavaReader(ResultResponses result, BufferAllocator allocator) {
    super(allocator);
    this.result = result;
  }

  /**
   * A reader of {@code result} into buffers from {@code allocator}. Declared to return the
   * {@link ArrowReader} it is, so that the caller's class is verified without loading Arrow Java.
   */
  public static ArrowReader read(ResultResponses result, BufferAllocator allocator) {
    return new ArrowJavaReader(result, allocator);
  }

  @Override
  protected Schema readSchema() throws IOException {
    ByteString first = result.nextArrowStream();
    if (first == null) {
      StructType described = result.schema() == null ? new StructType() : result.schema();
      byte[] schemaOnly = ArrowStreamWriter.write(SparkArrowTypes.arrowSchema(described), List.of());
      try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(schemaOnly), allocator)) {
        return reader.getVectorSchemaRoot().getSchema();
      }
    }
    current = open(first);
    return current.getVectorSchemaRoot().getSchema();
  }

  @Override
  public boolean loadNextBatch() throws IOException {
    ensureInitialized();
    while (current != null) {
      if (current.loadNextBatch()) {
        // The batch holds the buffers' references until the root holds them; loading closes it.
        ArrowRecordBatch batch = new VectorUnloader(current.getVectorSchemaRoot()).getRecordBatch();
        loadRecordBatch(batch);
        return true;
      }
      current.close();
      current = null;
      ByteString next = result.nextArrowStream();
      if (next != null) {
        current = open(next);
        Schema schema = current.getVectorSchemaRoot().getSchema();
        if (!schema.equals(getVectorSchemaRoot().getSchema())) {
          throw new IllegalStateException("An Arrow batch of operation " + result.operationId() + " has schema "
              + schema + ", not the result's " + getVectorSchemaRoot().getSchema());
        }
      }
    }
    getVectorSchemaRoot().setRowCount(0);
    return false;
  }

  @Override
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  protected void closeReadSource() throws IOException {
    try {
      if (current != null) {
        current.close();
        current = null;
      }
    } finally {
      result.close();
    }
  }

  private ArrowStreamReader open(ByteString data) {
    bytesRead += data.size();
    return new ArrowStreamReader(data.newInput(), allocator);
  }
}
