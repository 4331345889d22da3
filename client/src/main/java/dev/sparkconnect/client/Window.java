package dev.sparkconnect.client;

import java.util.List;

/**
 * Where window specifications start, as in Apache Spark.
 *
 * <pre>{@code
 * Window.partitionBy("dept").orderBy(col("salary").desc())
 * }</pre>
 */
public final class Window {

  /** The first row of the partition, as a frame bound. */
  public static final long unboundedPreceding = Long.MIN_VALUE;

  /** The last row of the partition, as a frame bound. */
  public static final long unboundedFollowing = Long.MAX_VALUE;

  /** The current row, as a frame bound. */
  public static final long currentRow = 0;

  private Window() {}

  /** {@link #unboundedPreceding} as a method, as Spark's Java API spells it: {@code rowsBetween(Window.unboundedPreceding(), 0)}. */
  public static long unboundedPreceding() {
    return unboundedPreceding;
  }

  /** {@link #unboundedFollowing} as a method, as Spark's Java API spells it. */
  public static long unboundedFollowing() {
    return unboundedFollowing;
  }

  /** {@link #currentRow} as a method, as Spark's Java API spells it. */
  public static long currentRow() {
    return currentRow;
  }

  /** A window partitioned by the named columns: {@code Window.partitionBy("dept", "team")}. */
  public static WindowSpec partitionBy(String column, String... columns) {
    return spec().partitionBy(column, columns);
  }

  /** A window partitioned by {@code columns}. */
  public static WindowSpec partitionBy(Column... columns) {
    return spec().partitionBy(columns);
  }

  /** A window ordered by the named columns. */
  public static WindowSpec orderBy(String column, String... columns) {
    return spec().orderBy(column, columns);
  }

  /** A window ordered by {@code columns}. */
  public static WindowSpec orderBy(Column... columns) {
    return spec().orderBy(columns);
  }

  /** A window framed by rows. */
  public static WindowSpec rowsBetween(long start, long end) {
    return spec().rowsBetween(start, end);
  }

  /** A window framed by range. */
  public static WindowSpec rangeBetween(long start, long end) {
    return spec().rangeBetween(start, end);
  }

  static WindowSpec spec() {
    return new WindowSpec(List.of(), List.of(), null);
  }
}
