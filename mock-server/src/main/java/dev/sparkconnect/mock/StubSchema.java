package dev.sparkconnect.mock;

import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Arrow schema of a stubbed result, from a Spark DDL string of flat columns such as
 * {@code "id BIGINT, name STRING, price DECIMAL(10,2), day DATE"}: the layout Spark itself would
 * send for those types. Nested types are written as an {@link ArrowSchema} directly.
 */
public final class StubSchema {

  private static final Pattern COLUMN = Pattern.compile(
      "\\s*`?([^`\\s]+)`?\\s+([A-Za-z_]+)(?:\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?(\\s+NOT\\s+NULL)?\\s*",
      Pattern.CASE_INSENSITIVE);

  private StubSchema() {}

  /** The schema of {@code ddl}; a column it cannot read fails with the column and the types it knows. */
  public static ArrowSchema of(String ddl) {
    List<ArrowField> fields = new ArrayList<>();
    for (String column : ddl.split(",(?![^(]*\\))")) {
      Matcher match = COLUMN.matcher(column);
      if (!match.matches()) {
        throw new IllegalArgumentException("cannot read column \"" + column.trim() + "\" of stub schema \"" + ddl
            + "\"; write \"name TYPE\", for example \"id BIGINT\"");
      }
      fields.add(ArrowField.of(match.group(1), match.group(5) == null, type(match, column)));
    }
    return ArrowSchema.of(fields);
  }

  private static ArrowType type(Matcher match, String column) {
    String name = match.group(2).toUpperCase(Locale.ROOT);
    return switch (name) {
      case "BOOLEAN" -> new ArrowType.Bool();
      case "TINYINT", "BYTE" -> new ArrowType.Int(8, true);
      case "SMALLINT", "SHORT" -> new ArrowType.Int(16, true);
      case "INT", "INTEGER" -> new ArrowType.Int(32, true);
      case "BIGINT", "LONG" -> new ArrowType.Int(64, true);
      case "FLOAT", "REAL" -> new ArrowType.FloatingPoint(32);
      case "DOUBLE" -> new ArrowType.FloatingPoint(64);
      case "STRING", "VARCHAR", "CHAR" -> new ArrowType.Utf8(false);
      case "BINARY" -> new ArrowType.Binary(false);
      case "DATE" -> new ArrowType.Date(ArrowType.TimeUnit.DAY);
      case "TIMESTAMP" -> new ArrowType.Timestamp(ArrowType.TimeUnit.MICROSECOND, "UTC");
      case "TIMESTAMP_NTZ" -> new ArrowType.Timestamp(ArrowType.TimeUnit.MICROSECOND, null);
      case "DECIMAL", "NUMERIC" -> new ArrowType.Decimal(
          match.group(3) == null ? 10 : Integer.parseInt(match.group(3)),
          match.group(4) == null ? 0 : Integer.parseInt(match.group(4)), 128);
      default -> throw new IllegalArgumentException("unknown type " + name + " in stub column \"" + column.trim()
          + "\"; flat types are BOOLEAN, TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, STRING, BINARY, DATE,"
          + " TIMESTAMP, TIMESTAMP_NTZ, DECIMAL(p,s)");
    };
  }
}
