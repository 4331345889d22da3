package dev.sparkconnect.arrow;

import java.util.List;

/** One record batch: a row count and one {@link ArrowVector} per top-level schema field. */
public record ArrowRecordBatch(ArrowSchema schema, int rowCount, List<ArrowVector> columns) {

  /** A batch of {@code rowCount} rows; {@code columns} is copied, so the batch cannot change later. */
  public ArrowRecordBatch {
    columns = List.copyOf(columns);
  }

  /** The column at {@code index}, in schema order. */
  public ArrowVector column(int index) {
    return columns.get(index);
  }
}
