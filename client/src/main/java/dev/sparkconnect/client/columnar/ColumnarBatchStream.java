package dev.sparkconnect.client.columnar;

import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.client.internal.results.ResultResponses;
import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.client.types.StructType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A result's batches as they arrive, each read only when it is reached, so memory holds about one
 * batch whatever the result's size (a batch kept keeps its bytes). Close it to stop early; the
 * server then drops the rest.
 *
 * <pre>{@code
 * try (ColumnarBatchStream batches = df.toColumnarIterator()) {
 *   while (batches.hasNext()) {
 *     ColumnarBatch batch = batches.next();
 *     long[] ids = batch.column("id").getLongs(0, batch.numRows());
 *   }
 * }
 * }</pre>
 *
 * <p>Like every result reader of this client, it fails with {@link IllegalStateException} rather
 * than ending early when the server's stream ends before the result is complete.
 */
public final class ColumnarBatchStream implements Iterator<ColumnarBatch>, AutoCloseable {

  private final ResultResponses result;
  private ColumnarBatch next;

  /** The batches carried by {@code responses}; made by {@code DataFrame.toColumnarIterator()}. */
  public ColumnarBatchStream(ResponseStream responses) {
    this.result = new ResultResponses(responses);
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      ArrowRecordBatch batch = result.nextBatch();
      if (batch != null) {
        next = new ColumnarBatch(result.schema(), batch);
      }
    }
    return next != null;
  }

  @Override
  public ColumnarBatch next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ColumnarBatch batch = next;
    next = null;
    return batch;
  }

  /**
   * Every batch not handed out yet, with the result's schema; reads the stream to its end and
   * closes it.
   */
  public ColumnarResult drain() {
    try {
      List<ColumnarBatch> batches = new ArrayList<>();
      while (hasNext()) {
        batches.add(next());
      }
      return new ColumnarResult(schema(), batches);
    } finally {
      close();
    }
  }

  /**
   * The schema of the rows; known once the server sent it or the first batch (calling
   * {@link #hasNext()} once is enough), empty before.
   */
  public StructType schema() {
    return result.schema() == null ? new StructType() : result.schema();
  }

  /** The server's id of this execution, for {@code SparkSession.interruptOperation}. */
  public String operationId() {
    return result.operationId();
  }

  /** Stops early: cancels the call and releases the rest on the server. Idempotent. */
  @Override
  public void close() {
    result.close();
  }
}
