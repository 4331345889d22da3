package dev.sparkconnect.client.columnar;

import dev.sparkconnect.client.types.StructType;
import java.util.List;

/**
 * A whole result as columns: its schema and its batches in order, each read in place from the
 * Arrow batch the server sent. What {@code collectColumnar()} returns.
 *
 * <pre>{@code
 * ColumnarResult result = spark.sql("SELECT id, id * 0.5 AS half FROM range(1000000)").collectColumnar();
 * double sum = 0;
 * for (ColumnarBatch batch : result.batches()) {
 *   ColumnVector half = batch.column(1);
 *   for (int row = 0; row < batch.numRows(); row++) {
 *     sum += half.getDouble(row);
 *   }
 * }
 * }</pre>
 *
 * @param schema the schema of the rows
 * @param batches the batches, in the result's order; none for an empty result
 */
public record ColumnarResult(StructType schema, List<ColumnarBatch> batches) {

  /** A result of {@code batches}; the list is copied. */
  public ColumnarResult {
    batches = List.copyOf(batches);
  }

  /** How many rows all batches hold together. */
  public long numRows() {
    long rows = 0;
    for (ColumnarBatch batch : batches) {
      rows += batch.numRows();
    }
    return rows;
  }
}
