package dev.sparkconnect.client.internal.results;

/**
 * Reads the values of one Arrow vector as Java objects. One is made per column per batch, after
 * dispatching once on the column's type, so that reading a value is a direct buffer access.
 */
@FunctionalInterface
public interface ColumnReader {

  /** The value at {@code row}, or null. */
  Object read(int row);
}
