package dev.sparkconnect.client.internal.results;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStream;
import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.CachedRemoteRelation;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.protocol.arrow.SparkArrowTypes;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads one execution's responses as its result: the Arrow batches in order, one at a time (as
 * bytes for those who decode them elsewhere, or read in place), and on the side what is not rows
 * (a SQL command's relation, a checkpoint, a streaming command's results).
 *
 * <p>Every way of reading a result goes through here, so each checks the same things: chunks are
 * joined in order and the stream must end with {@code result_complete}, else the read fails
 * rather than returning a result cut short. {@link #nextBatch()} also checks that every batch has
 * the first one's schema and the declared one's shape; a reader of {@link #nextArrowStream()}
 * decodes the bytes itself and checks their schemas itself.
 */
public final class ResultResponses implements AutoCloseable {

  private final ResponseStream responses;
  private final ArrowChunks chunks = new ArrowChunks();
  private final Deque<ArrowRecordBatch> pending = new ArrayDeque<>();
  private final List<ExecutePlanResponse> commandResults = new ArrayList<>();
  private StructType schema;
  /** The Arrow schema of the result's first batch: every later batch must have exactly this one. */
  private ArrowSchema arrowSchema;
  private Relation sqlCommandRelation;
  private CachedRemoteRelation checkpointRelation;
  private boolean complete;

  /** The result carried by {@code responses}. */
  public ResultResponses(ResponseStream responses) {
    this.responses = responses;
  }

  /**
   * The next whole Arrow IPC stream the server sent (chunks joined), or null when the result has
   * no more.
   *
   * @throws IllegalStateException if the responses end without {@code result_complete}
   */
  public ByteString nextArrowStream() {
    while (true) {
      if (!responses.hasNext()) {
        if (!complete) {
          throw new IllegalStateException("The server's response stream for operation " + responses.operationId()
              + " ended before the result was complete");
        }
        return null;
      }
      ByteString data = accept(responses.next());
      if (data != null) {
        return data;
      }
    }
  }

  /**
   * The next record batch, read in place from the bytes that carried it, or null when the result
   * has no more. The first one fixes the result's schema if the server sent none before it.
   *
   * @throws IllegalStateException if the responses end without {@code result_complete}, or a batch
   *     does not fit the result's schema
   */
  public ArrowRecordBatch nextBatch() {
    while (pending.isEmpty()) {
      ByteString data = nextArrowStream();
      if (data == null) {
        return null;
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
    }
    ArrowRecordBatch batch = pending.removeFirst();
    if (batch.columns().size() != schema.size()) {
      throw new IllegalStateException("An Arrow batch of " + batch.columns().size() + " columns for a schema of "
          + schema.size() + ": " + schema.simpleString());
    }
    return batch;
  }

  /** The schema of the rows, once the server sent it or the first batch; null before. */
  public StructType schema() {
    return schema;
  }

  /** For a SQL command: the relation the server answered with, once the stream is read; else null. */
  public Relation sqlCommandRelation() {
    return sqlCommandRelation;
  }

  /** For a checkpoint command: the checkpointed relation, once the stream is read; else null. */
  public CachedRemoteRelation checkpointRelation() {
    return checkpointRelation;
  }

  /** The results of a streaming command (its query's id, status, progress, ...), once the stream is read. */
  public List<ExecutePlanResponse> commandResults() {
    return List.copyOf(commandResults);
  }

  /** The server's id of this execution. */
  public String operationId() {
    return responses.operationId();
  }

  /** Stops early: cancels the call and releases the rest on the server. Idempotent. */
  @Override
  public void close() {
    responses.close();
  }

  /** Takes in one response; returns a whole Arrow stream if it completed one, else null. */
  private ByteString accept(ExecutePlanResponse response) {
    if (response.hasSchema() && schema == null) {
      DataType type = DataTypeProtos.fromProto(response.getSchema());
      if (type instanceof StructType struct) {
        schema = struct;
      }
    }
    switch (response.getResponseTypeCase()) {
      case ARROW_BATCH:
        return chunks.add(response.getArrowBatch());
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
    return null;
  }
}
