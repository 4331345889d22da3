package dev.sparkconnect.junit;

import dev.sparkconnect.client.Row;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on one {@link Row}: its values, compared as {@link DataFrameAssert} compares cells. */
public final class RowAssert extends AbstractAssert<RowAssert, Row> {

  private double tolerance;

  RowAssert(Row actual) {
    super(actual, RowAssert.class);
  }

  /** Accepts numbers that differ by at most {@code tolerance}. */
  public RowAssert withTolerance(double tolerance) {
    this.tolerance = tolerance;
    return myself;
  }

  /** The row holds exactly these values, in order. */
  public RowAssert hasValues(Object... expected) {
    isNotNull();
    CellComparison cells = new CellComparison(tolerance);
    boolean same = actual.size() == expected.length;
    for (int i = 0; same && i < expected.length; i++) {
      same = cells.same(actual.get(i), expected[i]);
    }
    if (!same) {
      List<String> columns = new ArrayList<>();
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < Math.max(actual.size(), expected.length); i++) {
        columns.add(actual.schema() != null && i < actual.size() ? actual.schema().fields().get(i).name() : "_" + (i + 1));
        values.add(i < actual.size() ? actual.get(i) : null);
      }
      failWithMessage("Expecting the row to hold other values:%n%s",
          SideBySideTables.render(columns, List.of(values), List.of(List.of(expected)), cells));
    }
    return myself;
  }

  /** The same values as {@code expected}, compared cell by cell. */
  public RowAssert isEqualTo(Row expected) {
    Object[] values = new Object[expected.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = expected.get(i);
    }
    return hasValues(values);
  }

  /** The value of column {@code name}. */
  public RowAssert hasValue(String name, Object expected) {
    isNotNull();
    Object value = actual.getAs(name);
    if (!new CellComparison(tolerance).same(value, expected)) {
      failWithMessage("Expecting %s to be %s but it was %s", name, CellComparison.text(expected), CellComparison.text(value));
    }
    return myself;
  }
}
