package dev.sparkconnect.client.internal.encoders;

import dev.sparkconnect.client.Row;

/**
 * Reads a typed value from one row of a result, bound to the result's schema once.
 *
 * @param <T> the value's Java type
 */
@FunctionalInterface
public interface RowReader<T> {

  /** The value of {@code row}. */
  T read(Row row);
}
