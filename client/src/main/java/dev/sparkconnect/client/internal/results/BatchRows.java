package dev.sparkconnect.client.internal.results;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.types.StructType;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The rows of a collected result as a read-only list that keeps only the result's Arrow batches:
 * {@link #get(int)} makes the row when it is asked for, so a list of two million rows is not two
 * million objects for the garbage collector to trace. Rows compare by value, so two calls of
 * {@code get(i)} give equal rows.
 */
final class BatchRows extends AbstractList<Row> implements RandomAccess {

  private final StructType schema;
  private final ColumnReader[][] batches;
  /** Per batch: the index of its first row in the batch's own numbering (a batch may start part-read). */
  private final int[] firstInBatch;
  /** Per batch: the list index of its first row; one more entry holds the size. */
  private final int[] startOf;

  private BatchRows(StructType schema, List<ColumnReader[]> batches, List<int[]> ranges) {
    this.schema = schema;
    this.batches = batches.toArray(new ColumnReader[0][]);
    this.firstInBatch = new int[ranges.size()];
    this.startOf = new int[ranges.size() + 1];
    long size = 0;
    for (int b = 0; b < ranges.size(); b++) {
      firstInBatch[b] = ranges.get(b)[0];
      startOf[b] = (int) size;
      size += ranges.get(b)[1] - ranges.get(b)[0];
      if (size > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("A collected result of more than " + (Integer.MAX_VALUE - 8)
            + " rows does not fit a Java list; read it with toLocalIterator()");
      }
    }
    startOf[ranges.size()] = (int) size;
  }

  @Override
  public Row get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("Row " + index + " of " + size());
    }
    int found = Arrays.binarySearch(startOf, 0, batches.length, index);
    int batch = found >= 0 ? found : -found - 2;
    return Rows.fromColumns(batches[batch], firstInBatch[batch] + index - startOf[batch], schema);
  }

  @Override
  public int size() {
    return startOf[batches.length];
  }

  /** Collects batch ranges in order, then makes the list. */
  static final class Builder {
    private final List<ColumnReader[]> batches = new ArrayList<>();
    private final List<int[]> ranges = new ArrayList<>();

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of a batch read by {@code readers}; empty ranges are skipped. */
    void add(ColumnReader[] readers, int from, int to) {
      if (to > from) {
        batches.add(readers);
        ranges.add(new int[] {from, to});
      }
    }

    BatchRows build(StructType schema) {
      return new BatchRows(schema, batches, ranges);
    }
  }
}
