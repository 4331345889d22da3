package dev.sparkconnect.client.internal.results;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.arrow.ArrowStream;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.protocol.arrow.SparkArrowTypes;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Relation;
import java.util.ArrayDeque;
import java.util.Deque;
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

  private final ResponseStream responses;
  private final Deque<ArrowRecordBatch> pending = new ArrayDeque<>();
  private final ArrowChunks chunks = new ArrowChunks();
  private StructType schema;
  /** The Arrow schema of the result's first batch: every later batch must have exactly this one. */
  private ArrowSchema arrowSchema;
  private Relation sqlCommandRelation;
  private dev.sparkconnect.proto.CachedRemoteRelation checkpointRelation;
  private final java.util.List<ExecutePlanResponse> commandResults = new java.util.ArrayList<>();
  private ColumnReader[] readers;
  private int row;
  private int rowsInBatch;
  private boolean complete;
  private long rowCount;

  /** Rows from {@code responses}. */
  public RowStream(ResponseStream responses) {
    this.responses = responses;
  }

  @Override
  public boolean hasNext() {
    while (row >= rowsInBatch) {
      if (!pending.isEmpty()) {
        startBatch(pending.removeFirst());
        continue;
      }
      if (!responses.hasNext()) {
        if (!complete) {
          throw new IllegalStateException("The server's response stream for operation " + responses.operationId()
              + " ended before the result was complete");
        }
        return false;
      }
      accept(responses.next());
    }
    return true;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row next = Rows.fromColumns(readers, row, schema);
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
    return rows.build(schema);
  }

  /**
   * The schema of the rows; known once the first response with it arrived (calling
   * {@link #hasNext()} once is enough).
   */
  public StructType schema() {
    return schema == null ? new StructType() : schema;
  }

  /** For a SQL command: the relation the server answered with, once the stream is read; else null. */
  public Relation sqlCommandRelation() {
    return sqlCommandRelation;
  }

  /** For a checkpoint command: the checkpointed relation, once the stream is read; else null. */
  public dev.sparkconnect.proto.CachedRemoteRelation checkpointRelation() {
    return checkpointRelation;
  }

  /** The results of a streaming command (its query's id, status, progress, ...), once the stream is read. */
  public java.util.List<ExecutePlanResponse> commandResults() {
    return java.util.List.copyOf(commandResults);
  }

  /** The server's id of this execution, for {@code SparkSession.interruptOperation}. */
  public String operationId() {
    return responses.operationId();
  }

  /** How many rows have been handed out so far. */
  public long rowCount() {
    return rowCount;
  }

  /** Stops early: cancels the call and releases the rest on the server. Idempotent. */
  @Override
  public void close() {
    responses.close();
  }

  private void accept(ExecutePlanResponse response) {
    if (response.hasSchema() && schema == null) {
      DataType type = DataTypeProtos.fromProto(response.getSchema());
      if (type instanceof StructType struct) {
        schema = struct;
      }
    }
    switch (response.getResponseTypeCase()) {
      case ARROW_BATCH: {
        ByteString data = chunks.add(response.getArrowBatch());
        if (data == null) {
          break;
        }
        ArrowStream stream = arrowSchema == null ? ArrowStreamReader.read(ByteStringViews.view(data))
            : ArrowStreamReader.read(ByteStringViews.view(data), arrowSchema);
        if (arrowSchema == null) {
          arrowSchema = stream.schema();
          StructType carried = SparkArrowTypes.structType(stream.schema());
          if (schema == null) {
            schema = carried;
          } else {
            ResultSchemas.requireSameShape(schema, carried, responses.operationId());
          }
        }
        pending.addAll(stream.batches());
        break;
      }
      case SQL_COMMAND_RESULT:
        sqlCommandRelation = response.getSqlCommandResult().getRelation();
        break;
      case CHECKPOINT_COMMAND_RESULT:
        checkpointRelation = response.getCheckpointCommandResult().getRelation();
        break;
      case WRITE_STREAM_OPERATION_START_RESULT:
      case STREAMING_QUERY_COMMAND_RESULT:
      case STREAMING_QUERY_MANAGER_COMMAND_RESULT:
        commandResults.add(response);
        break;
      case RESULT_COMPLETE:
        if (chunks.isPartial()) {
          throw new IllegalStateException("The result of operation " + responses.operationId()
              + " completed in the middle of a chunked Arrow batch");
        }
        complete = true;
        break;
      default:
        // Metrics, observed metrics, progress and other results are not rows.
        break;
    }
  }

  private void startBatch(ArrowRecordBatch batch) {
    int columns = batch.columns().size();
    if (columns != schema.size()) {
      throw new IllegalStateException("An Arrow batch of " + columns + " columns for a schema of " + schema.size()
          + ": " + schema.simpleString());
    }
    readers = new ColumnReader[columns];
    for (int c = 0; c < columns; c++) {
      readers[c] = ColumnReaders.create(batch.column(c), schema.apply(c).dataType());
    }
    row = 0;
    rowsInBatch = batch.rowCount();
  }
}
