package dev.sparkconnect.arrow;

import java.util.List;

/** A whole Arrow IPC stream: its schema and its record batches, in order. */
public record ArrowStream(ArrowSchema schema, List<ArrowRecordBatch> batches) {

  /** A stream of {@code batches}, all of {@code schema}; the list is copied. */
  public ArrowStream {
    batches = List.copyOf(batches);
  }

  /** The rows of all batches together. */
  public long rowCount() {
    long rows = 0;
    for (ArrowRecordBatch batch : batches) {
      rows += batch.rowCount();
    }
    return rows;
  }
}
