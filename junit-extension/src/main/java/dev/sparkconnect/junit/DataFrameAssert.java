package dev.sparkconnect.junit;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.types.StructField;
import dev.sparkconnect.client.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link DataFrame}. Options come first and apply to the checks after
 * them: {@link #ignoringRowOrder()}, {@link #ignoringColumnOrder()}, {@link #ignoringNullability()},
 * {@link #withTolerance(double)}. A failed row comparison prints both tables side by side with the
 * differing cells marked.
 */
public final class DataFrameAssert extends AbstractAssert<DataFrameAssert, DataFrame> {

  private boolean ignoreRowOrder;
  private boolean ignoreColumnOrder;
  private boolean ignoreNullability;
  private double tolerance;
  private StructType schema;
  private List<Row> rows;

  DataFrameAssert(DataFrame actual) {
    super(actual, DataFrameAssert.class);
  }

  /** Compares rows as multisets: the order in which they arrive does not matter. */
  public DataFrameAssert ignoringRowOrder() {
    this.ignoreRowOrder = true;
    return myself;
  }

  /** Matches columns by name, whatever their order. */
  public DataFrameAssert ignoringColumnOrder() {
    this.ignoreColumnOrder = true;
    return myself;
  }

  /** Compares schemas without the nullable flags. */
  public DataFrameAssert ignoringNullability() {
    this.ignoreNullability = true;
    return myself;
  }

  /** Accepts numbers that differ by at most {@code tolerance}. */
  public DataFrameAssert withTolerance(double tolerance) {
    if (tolerance < 0 || Double.isNaN(tolerance)) {
      throw new IllegalArgumentException("the tolerance must be 0 or more, not " + tolerance);
    }
    this.tolerance = tolerance;
    return myself;
  }

  /** The schema is {@code expected} (names, types and, unless ignored, nullability; column order unless ignored). */
  public DataFrameAssert hasSchema(StructType expected) {
    isNotNull();
    List<String> actualFields = describe(schema());
    List<String> expectedFields = describe(expected);
    if (!actualFields.equals(expectedFields)) {
      failWithMessage("Expecting the schema%n  %s%nbut it was%n  %s", String.join(", ", expectedFields),
          String.join(", ", actualFields));
    }
    return myself;
  }

  /** The schema is the one written in DDL, for example {@code "id BIGINT NOT NULL, name STRING"}. */
  public DataFrameAssert hasSchema(String ddl) {
    return hasSchema(StructType.fromDDL(ddl));
  }

  /** The columns are exactly these (in this order unless column order is ignored). */
  public DataFrameAssert hasColumns(String... expected) {
    isNotNull();
    List<String> actualColumns = new ArrayList<>(Arrays.asList(schema().fieldNames()));
    List<String> expectedColumns = new ArrayList<>(Arrays.asList(expected));
    if (ignoreColumnOrder) {
      actualColumns.sort(Comparator.naturalOrder());
      expectedColumns.sort(Comparator.naturalOrder());
    }
    if (!actualColumns.equals(expectedColumns)) {
      failWithMessage("Expecting columns %s but they were %s", Arrays.asList(expected),
          Arrays.asList(schema().fieldNames()));
    }
    return myself;
  }

  /** The DataFrame has exactly this many rows. */
  public DataFrameAssert hasRowCount(long expected) {
    isNotNull();
    long count = rows().size();
    if (count != expected) {
      failWithMessage("Expecting %d rows but there were %d", expected, count);
    }
    return myself;
  }

  /** The rows are exactly these, in this order (unless row order is ignored). */
  public DataFrameAssert containsExactlyRows(Row... expected) {
    isNotNull();
    List<String> columns = Arrays.asList(schema().fieldNames());
    compareRows(columns, table(rows(), columns, columns), values(Arrays.asList(expected)), "the expected rows");
    return myself;
  }

  /** The rows are exactly these, in any order. */
  public DataFrameAssert containsExactlyInAnyOrderRows(Row... expected) {
    boolean before = ignoreRowOrder;
    ignoreRowOrder = true;
    try {
      return containsExactlyRows(expected);
    } finally {
      ignoreRowOrder = before;
    }
  }

  /** Same schema (with the options in force) and same rows as {@code expected}. */
  public DataFrameAssert isEqualTo(DataFrame expected) {
    isNotNull();
    hasSchema(expected.schema());
    List<String> columns = Arrays.asList(schema().fieldNames());
    List<String> expectedColumns = Arrays.asList(expected.schema().fieldNames());
    compareRows(columns, table(rows(), columns, columns), table(expected.collectAsList(), expectedColumns, columns),
        "the expected DataFrame");
    return myself;
  }

  private void compareRows(List<String> columns, List<List<Object>> actualRows, List<List<Object>> expectedRows,
      String what) {
    List<String> shown = columns;
    if (ignoreColumnOrder) {
      shown = new ArrayList<>(columns);
      shown.sort(Comparator.naturalOrder());
      actualRows = reorder(actualRows, columns, shown);
      expectedRows = reorder(expectedRows, columns, shown);
    }
    CellComparison cells = new CellComparison(tolerance);
    if (ignoreRowOrder) {
      actualRows = sorted(actualRows);
      expectedRows = sorted(expectedRows);
    }
    boolean same = actualRows.size() == expectedRows.size();
    for (int row = 0; same && row < actualRows.size(); row++) {
      same = sameRow(actualRows.get(row), expectedRows.get(row), cells);
    }
    if (!same) {
      failWithMessage("Expecting the DataFrame to contain exactly %s%s:%n%s", what,
          ignoreRowOrder ? " (in any order; both sides sorted)" : " in this order",
          SideBySideTables.render(shown, actualRows, expectedRows, cells));
    }
  }

  private static boolean sameRow(List<Object> a, List<Object> b, CellComparison cells) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!cells.same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(row -> row.stream().map(CellComparison::text).toList().toString()));
    return copy;
  }

  private static List<List<Object>> reorder(List<List<Object>> rows, List<String> from, List<String> to) {
    List<List<Object>> reordered = new ArrayList<>();
    for (List<Object> row : rows) {
      List<Object> copy = new ArrayList<>();
      for (String column : to) {
        int index = from.indexOf(column);
        copy.add(index < row.size() ? row.get(index) : null);
      }
      reordered.add(copy);
    }
    return reordered;
  }

  /** Rows as value lists in {@code columns} order, taken by name from rows with {@code rowColumns}. */
  private static List<List<Object>> table(List<Row> rows, List<String> rowColumns, List<String> columns) {
    List<List<Object>> table = new ArrayList<>();
    for (Row row : rows) {
      List<Object> values = new ArrayList<>();
      for (String column : columns) {
        int index = rowColumns.indexOf(column);
        values.add(index >= 0 && index < row.size() ? row.get(index) : null);
      }
      table.add(values);
    }
    return table;
  }

  private static List<List<Object>> values(List<Row> rows) {
    List<List<Object>> table = new ArrayList<>();
    for (Row row : rows) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        values.add(row.get(i));
      }
      table.add(values);
    }
    return table;
  }

  private List<String> describe(StructType type) {
    List<String> fields = new ArrayList<>();
    for (StructField field : type.fields()) {
      fields.add(field.name() + " " + field.dataType().simpleString() + (ignoreNullability || field.nullable() ? "" : " NOT NULL"));
    }
    if (ignoreColumnOrder) {
      fields.sort(Comparator.naturalOrder());
    }
    return fields;
  }

  private StructType schema() {
    if (schema == null) {
      schema = actual.schema();
    }
    return schema;
  }

  private List<Row> rows() {
    if (rows == null) {
      rows = actual.collectAsList();
    }
    return rows;
  }
}
