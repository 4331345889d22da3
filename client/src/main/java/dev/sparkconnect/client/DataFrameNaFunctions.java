package dev.sparkconnect.client;

import dev.sparkconnect.proto.NADrop;
import dev.sparkconnect.proto.NAFill;
import dev.sparkconnect.proto.NAReplace;
import java.util.Arrays;
import java.util.Map;

/**
 * Missing-value handling for a DataFrame, as Apache Spark's {@code df.na()}.
 *
 * <pre>{@code
 * df.na().drop();                          // rows with any null
 * df.na().fill(0L, "quantity");            // nulls in quantity become 0
 * df.na().replace("status", Map.of("N/A", "unknown"));
 * }</pre>
 */
public final class DataFrameNaFunctions {

  private final DataFrame df;

  DataFrameNaFunctions(DataFrame df) {
    this.df = df;
  }

  /** The rows without any null or NaN. */
  public DataFrame drop() {
    return dropped(null, null);
  }

  /**
   * The rows without a null or NaN ({@code how = "any"}), or the rows that have at least one
   * value ({@code how = "all"} drops only the rows where every value is null or NaN).
   *
   * @throws IllegalArgumentException if {@code how} is neither "any" nor "all"
   */
  public DataFrame drop(String how) {
    return dropped(minNonNullsFor(how), null);
  }

  /** The rows without any null or NaN in the named columns: {@code na().drop(new String[] {"a", "b"})}. */
  public DataFrame drop(String[] columnNames) {
    return dropped(null, columnNames);
  }

  /**
   * The rows without a null or NaN in the named columns ({@code "any"}), or with at least one
   * value among them ({@code "all"}).
   *
   * @throws IllegalArgumentException if {@code how} is neither "any" nor "all"
   */
  public DataFrame drop(String how, String[] columnNames) {
    return dropped(minNonNullsFor(how), columnNames);
  }

  /** The rows with at least {@code minNonNulls} values that are neither null nor NaN. */
  public DataFrame drop(int minNonNulls) {
    return dropped(minNonNulls, null);
  }

  /** The rows with at least {@code minNonNulls} non-null, non-NaN values in the named columns (all if none). */
  public DataFrame drop(int minNonNulls, String... columnNames) {
    return dropped(minNonNulls, columnNames);
  }

  private DataFrame dropped(Integer minNonNulls, String[] columnNames) {
    NADrop.Builder drop = NADrop.newBuilder().setInput(df.plan());
    if (columnNames != null) {
      drop.addAllCols(Arrays.asList(columnNames));
    }
    if (minNonNulls != null) {
      drop.setMinNonNulls(minNonNulls);
    }
    return df.derive(r -> r.setDropNa(drop));
  }

  /** "any" needs every value (no minimum sent); "all" needs one. */
  private static Integer minNonNullsFor(String how) {
    switch (how == null ? "" : how.toLowerCase(java.util.Locale.ROOT)) {
      case "any": return null;
      case "all": return 1;
      default: throw new IllegalArgumentException("how is '" + how + "'; use \"any\" or \"all\"");
    }
  }

  /** Nulls (and NaN) in the named columns, or in all columns of a matching type, replaced by {@code value}. */
  public DataFrame fill(Object value, String... columnNames) {
    return df.derive(r -> r.setFillNa(NAFill.newBuilder().setInput(df.plan())
        .addAllCols(Arrays.asList(columnNames)).addValues(Literals.of(value))));
  }

  /** Nulls in the named string columns, or in every string column, replaced by {@code value}. */
  public DataFrame fill(String value, String... columnNames) {
    return fill((Object) value, columnNames);
  }

  /** Nulls replaced per column: column name to its value. */
  public DataFrame fill(Map<String, Object> valuesByColumn) {
    NAFill.Builder fill = NAFill.newBuilder().setInput(df.plan());
    valuesByColumn.forEach((column, value) -> {
      fill.addCols(column);
      fill.addValues(Literals.of(value));
    });
    return df.derive(r -> r.setFillNa(fill));
  }

  /** Values replaced in the named column ({@code "*"} for all): old value to new value. */
  public DataFrame replace(String column, Map<?, ?> replacement) {
    return replace(new String[] {column}, replacement);
  }

  /** Values replaced in the named columns: old value to new value. */
  public DataFrame replace(String[] columns, Map<?, ?> replacement) {
    NAReplace.Builder replace = NAReplace.newBuilder().setInput(df.plan());
    if (!(columns.length == 1 && columns[0].equals("*"))) {
      replace.addAllCols(Arrays.asList(columns));
    }
    replacement.forEach((from, to) -> replace.addReplacements(NAReplace.Replacement.newBuilder()
        .setOldValue(Literals.of(from)).setNewValue(Literals.of(to))));
    return df.derive(r -> r.setReplace(replace));
  }
}
