package dev.sparkconnect.client.columnar;

import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.internal.results.ColumnReader;
import dev.sparkconnect.client.internal.results.ColumnReaders;
import dev.sparkconnect.client.types.StructType;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Some rows of a result as columns, one {@link ColumnVector} per field of the result's schema,
 * read in place from the Arrow batch the server sent: nothing is decoded until it is read, and a
 * fixed-width column is read without boxing or copying.
 *
 * <pre>{@code
 * try (ColumnarBatchStream batches = spark.table("trades").toColumnarIterator()) {
 *   while (batches.hasNext()) {
 *     ColumnarBatch batch = batches.next();
 *     ColumnVector quantity = batch.column("quantity");
 *     for (int row = 0; row < batch.numRows(); row++) {
 *       total += quantity.getLong(row);
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>A batch is immutable and may be read from any number of threads; it keeps the bytes of its
 * Arrow batch for as long as it (or one of its rows) is referenced.
 */
public final class ColumnarBatch {

  private final StructType schema;
  private final ArrowRecordBatch batch;
  private final List<ColumnVector> columns;
  private volatile ColumnReader[] readers;

  /** Wraps {@code batch}, whose columns are the fields of {@code schema}; made by the client's readers. */
  ColumnarBatch(StructType schema, ArrowRecordBatch batch) {
    this.schema = schema;
    this.batch = batch;
    List<ColumnVector> made = new ArrayList<>(schema.size());
    for (int c = 0; c < schema.size(); c++) {
      made.add(new ColumnVector(batch.column(c), schema.apply(c)));
    }
    this.columns = List.copyOf(made);
  }

  /** The schema of the batch's rows: the result's schema. */
  public StructType schema() {
    return schema;
  }

  /** How many rows the batch holds. */
  public int numRows() {
    return batch.rowCount();
  }

  /** How many columns the batch has. */
  public int numCols() {
    return columns.size();
  }

  /** The column at {@code ordinal}, in schema order. */
  public ColumnVector column(int ordinal) {
    if (ordinal < 0 || ordinal >= columns.size()) {
      throw new IndexOutOfBoundsException("Column " + ordinal + " of a batch of " + columns.size() + " columns: "
          + schema.simpleString());
    }
    return columns.get(ordinal);
  }

  /**
   * The column named {@code name}.
   *
   * @throws IllegalArgumentException if the schema has no such field
   */
  public ColumnVector column(String name) {
    return columns.get(schema.fieldIndex(name));
  }

  /** The columns, in schema order. */
  public List<ColumnVector> columns() {
    return columns;
  }

  /** Row {@code rowId} as a {@link Row} of exact Java values, read from the columns when asked for. */
  public Row getRow(int rowId) {
    if (rowId < 0 || rowId >= numRows()) {
      throw new IndexOutOfBoundsException("Row " + rowId + " of a batch of " + numRows() + " rows");
    }
    return Rows.fromColumns(readers(), rowId, schema);
  }

  /** The batch's rows as a read-only list; each row is made when it is asked for. */
  public List<Row> rows() {
    return new BatchRowList();
  }

  @Override
  public String toString() {
    return "ColumnarBatch[" + numRows() + " rows: " + schema.simpleString() + "]";
  }

  private ColumnReader[] readers() {
    ColumnReader[] made = readers;
    if (made == null) {
      made = ColumnReaders.forBatch(batch, schema);
      readers = made;
    }
    return made;
  }

  private final class BatchRowList extends AbstractList<Row> implements RandomAccess {
    @Override
    public Row get(int index) {
      return getRow(index);
    }

    @Override
    public int size() {
      return numRows();
    }
  }
}
