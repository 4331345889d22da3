package dev.sparkconnect.junit;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;

/**
 * AssertJ entry points for Spark results, beside AssertJ's own {@code Assertions}:
 *
 * <pre>{@code
 * import static dev.sparkconnect.junit.SparkAssertions.assertThat;
 *
 * assertThat(orders.groupBy("status").count())
 *     .ignoringRowOrder()
 *     .hasColumns("status", "count")
 *     .containsExactlyRows(Row.of("shipped", 4L), Row.of("pending", 2L));
 * assertThat(actual).withTolerance(1e-9).isEqualTo(expected);   // another DataFrame
 * }</pre>
 */
public final class SparkAssertions {

  private SparkAssertions() {}

  /** Assertions on a DataFrame's schema and rows; the rows are collected once, when first needed. */
  public static DataFrameAssert assertThat(DataFrame actual) {
    return new DataFrameAssert(actual);
  }

  /** Assertions on one row. */
  public static RowAssert assertThat(Row actual) {
    return new RowAssert(actual);
  }
}
