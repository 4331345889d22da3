package dev.sparkconnect.client.results;

import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.arrow.ArrowStream;
import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DataTypeProtos;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Relation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a whole ExecutePlan response stream into a {@link QueryResult}: the schema (from the
 * server's schema message, or else from the first Arrow batch), every Arrow batch decoded into
 * rows in order, and a SQL command's result relation.
 */
public final class ResultCollector {

  private ResultCollector() {}

  /**
   * Consumes {@code responses} to the end.
   *
   * @throws IllegalStateException if the stream ends without {@code result_complete}
   */
  public static QueryResult collect(Iterator<ExecutePlanResponse> responses) {
    StructType schema = null;
    RowDecoder decoder = null;
    List<Row> rows = new ArrayList<>();
    Relation sqlCommandRelation = null;
    boolean complete = false;
    while (responses.hasNext()) {
      ExecutePlanResponse response = responses.next();
      if (response.hasSchema() && schema == null) {
        DataType type = DataTypeProtos.fromProto(response.getSchema());
        if (type instanceof StructType struct) {
          schema = struct;
        }
      }
      switch (response.getResponseTypeCase()) {
        case ARROW_BATCH: {
          ArrowStream stream = ArrowStreamReader.read(response.getArrowBatch().getData().toByteArray());
          if (schema == null) {
            schema = SparkTypesFromArrow.structType(stream.schema());
          }
          if (decoder == null) {
            decoder = new RowDecoder(schema);
          }
          for (ArrowRecordBatch batch : stream.batches()) {
            decoder.decodeInto(batch, rows);
          }
          break;
        }
        case SQL_COMMAND_RESULT:
          sqlCommandRelation = response.getSqlCommandResult().getRelation();
          break;
        case RESULT_COMPLETE:
          complete = true;
          break;
        default:
          // Metrics, observed metrics, progress and other results are not part of the rows.
          break;
      }
    }
    if (!complete) {
      throw new IllegalStateException("The server's response stream ended before the result was complete");
    }
    return new QueryResult(schema == null ? new StructType() : schema, List.copyOf(rows), sqlCommandRelation);
  }
}
