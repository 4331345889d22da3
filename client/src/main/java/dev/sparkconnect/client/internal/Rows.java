package dev.sparkconnect.client.internal;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.results.ColumnReader;
import dev.sparkconnect.client.types.StructType;

/**
 * How the client's decoders make {@link Row}s without Row offering them a public factory: Row
 * installs its one {@link Maker} when it is loaded, and the decoders in the internal packages call
 * it through here. Users make rows with {@code Row.of} and {@code Row.fromList}.
 */
public final class Rows {

  /** Row's own way of making rows, which it hands over when it is loaded. */
  public interface Maker {
    /** A row of {@code values} (taken as is, not copied) with {@code schema}. */
    Row withSchema(Object[] values, StructType schema);

    /** Row {@code index} of result columns, each value read by {@code columns[i]} when asked for. */
    Row fromColumns(ColumnReader[] columns, int index, StructType schema);
  }

  private static volatile Maker maker;

  private Rows() {}

  /** Called once, by {@link Row} as it is loaded. */
  public static void install(Maker rowMaker) {
    if (maker != null) {
      throw new IllegalStateException("rows already have their maker");
    }
    maker = rowMaker;
  }

  /**
   * A row of {@code values} with {@code schema}; the array is taken as is, not copied. A schema of
   * another width fails.
   */
  public static Row withSchema(Object[] values, StructType schema) {
    return maker().withSchema(values, schema);
  }

  /**
   * Row {@code index} of result columns; the readers must be immutable and stay valid while the row
   * is referenced. A schema of another width fails.
   */
  public static Row fromColumns(ColumnReader[] columns, int index, StructType schema) {
    return maker().fromColumns(columns, index, schema);
  }

  private static Maker maker() {
    Maker current = maker;
    if (current == null) {
      Row.of(); // loads Row, which installs its maker
      current = maker;
    }
    return current;
  }
}
