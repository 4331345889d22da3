package dev.sparkconnect.client.internal.results;

import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.CachedRemoteRelation;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Relation;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of one execution, decoded lazily: an Arrow batch is read only when the rows before it
 * are used up, and a row's values only when asked for, so memory holds about one batch whatever
 * the result's size (a row kept keeps its batch: keep {@link Row#copy()} instead to hold less).
 * Close it to stop early; the server then drops the rest.
 *
 * <pre>{@code
 * try (RowStream rows = ...) {
 *   while (rows.hasNext()) {
 *     Row row = rows.next();
 *   }
 * }
 * }</pre>
 */
public final class RowStream implements Iterator<Row>, AutoCloseable {

  private final ResultResponses result;
  private ColumnReader[] readers;
  private int row;
  private int rowsInBatch;
  private long rowCount;

  /** Rows from {@code responses}. */
  public RowStream(ResponseStream responses) {
    this.result = new ResultResponses(responses);
  }

  @Override
  public boolean hasNext() {
    while (row >= rowsInBatch) {
      ArrowRecordBatch batch = result.nextBatch();
      if (batch == null) {
        return false;
      }
      readers = ColumnReaders.forBatch(batch, result.schema());
      row = 0;
      rowsInBatch = batch.rowCount();
    }
    return true;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row next = Rows.fromColumns(readers, row, result.schema());
    row++;
    rowCount++;
    return next;
  }

  /**
   * Every row not handed out yet, as a read-only list backed by the result's Arrow batches (a row
   * is made when the list is asked for it); reads the stream to its end.
   *
   * @throws IllegalStateException if the stream ends without {@code result_complete}
   */
  public List<Row> drain() {
    BatchRows.Builder rows = new BatchRows.Builder();
    while (hasNext()) {
      rows.add(readers, row, rowsInBatch);
      rowCount += rowsInBatch - row;
      row = rowsInBatch;
    }
    return rows.build(schema());
  }

  /**
   * The schema of the rows; known once the first response with it arrived (calling
   * {@link #hasNext()} once is enough).
   */
  public StructType schema() {
    return result.schema() == null ? new StructType() : result.schema();
  }

  /** For a SQL command: the relation the server answered with, once the stream is read; else null. */
  public Relation sqlCommandRelation() {
    return result.sqlCommandRelation();
  }

  /** For a checkpoint command: the checkpointed relation, once the stream is read; else null. */
  public CachedRemoteRelation checkpointRelation() {
    return result.checkpointRelation();
  }

  /** The results of a streaming command (its query's id, status, progress, ...), once the stream is read. */
  public List<ExecutePlanResponse> commandResults() {
    return result.commandResults();
  }

  /** The server's id of this execution, for {@code SparkSession.interruptOperation}. */
  public String operationId() {
    return result.operationId();
  }

  /** How many rows have been handed out so far. */
  public long rowCount() {
    return rowCount;
  }

  /** Stops early: cancels the call and releases the rest on the server. Idempotent. */
  @Override
  public void close() {
    result.close();
  }
}
