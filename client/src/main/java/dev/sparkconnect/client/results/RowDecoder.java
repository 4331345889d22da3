package dev.sparkconnect.client.results;

import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.types.StructType;
import java.util.List;
import java.util.function.Consumer;

/** Turns the rows of Arrow record batches into {@link Row}s with a given schema. */
public final class RowDecoder {

  private final StructType schema;

  /** A decoder producing rows of {@code schema}, whose fields match the batches' columns. */
  public RowDecoder(StructType schema) {
    this.schema = schema;
  }

  /** The schema of the rows made. */
  public StructType schema() {
    return schema;
  }

  /** Hands each row of {@code batch}, in order, to {@code sink}. */
  public void decode(ArrowRecordBatch batch, Consumer<Row> sink) {
    int columns = batch.columns().size();
    if (columns != schema.size()) {
      throw new IllegalStateException("An Arrow batch of " + columns + " columns for a schema of " + schema.size()
          + ": " + schema.simpleString());
    }
    ColumnReader[] readers = new ColumnReader[columns];
    for (int c = 0; c < columns; c++) {
      readers[c] = ColumnReaders.create(batch.column(c), schema.apply(c).dataType());
    }
    int rows = batch.rowCount();
    for (int r = 0; r < rows; r++) {
      Object[] values = new Object[columns];
      for (int c = 0; c < columns; c++) {
        values[c] = readers[c].read(r);
      }
      sink.accept(Row.withSchema(values, schema));
    }
  }

  /** Appends the rows of {@code batch} to {@code rows}. */
  public void decodeInto(ArrowRecordBatch batch, List<Row> rows) {
    decode(batch, rows::add);
  }
}
