package dev.sparkconnect.arrow;

import java.util.List;

/** One record batch: a row count and one {@link ArrowVector} per top-level schema field. */
public record ArrowRecordBatch(ArrowSchema schema, int rowCount, List<ArrowVector> columns) {

  public ArrowRecordBatch {
    columns = List.copyOf(columns);
  }

  /** The column at {@code index}, in schema order. */
  public ArrowVector column(int index) {
    return columns.get(index);
  }
}
