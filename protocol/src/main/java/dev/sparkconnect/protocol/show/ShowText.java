package dev.sparkconnect.protocol.show;

import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.arrow.ArrowVector;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Values as Spark's {@code show()} prints them: {@code NULL}, binary as {@code [0A FF]}, arrays in
 * square brackets, structs and maps in braces ({@code {k -> v}}), decimals without exponent. The
 * fixtures' previews, the verifier's and the assertions' failure messages all write cells with it,
 * so the same value reads the same everywhere.
 */
public final class ShowText {

  /** How {@code show()} writes a null. */
  public static final String NULL = "NULL";

  private ShowText() {}

  /** One Arrow value as text, the way Spark's {@code show()} writes it (nested values in brackets). */
  public static String cell(ArrowVector vector, int row) {
    if (vector.isNull(row)) {
      return NULL;
    }
    ArrowType type = vector.type();
    if (type instanceof ArrowType.Bool) {
      return String.valueOf(vector.getBoolean(row));
    } else if (type instanceof ArrowType.Int) {
      return String.valueOf(vector.getIntegral(row));
    } else if (type instanceof ArrowType.FloatingPoint floating) {
      return floating.bitWidth() == 32 ? String.valueOf(vector.getFloat(row)) : String.valueOf(vector.getDouble(row));
    } else if (type instanceof ArrowType.Utf8) {
      return vector.getString(row);
    } else if (type instanceof ArrowType.Binary || type instanceof ArrowType.FixedSizeBinary) {
      return "[" + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(vector.getBytes(row)) + "]";
    } else if (type instanceof ArrowType.Decimal) {
      return vector.getDecimal(row).toPlainString();
    } else if (type instanceof ArrowType.Date date) {
      return date.unit() == ArrowType.TimeUnit.DAY
          ? LocalDate.ofEpochDay(vector.getInt(row)).toString()
          : LocalDate.ofEpochDay(Math.floorDiv(vector.getLong(row), 86_400_000L)).toString();
    } else if (type instanceof ArrowType.Timestamp timestamp) {
      long micros = toMicros(vector.getLong(row), timestamp.unit());
      Instant instant = Instant.EPOCH.plusSeconds(Math.floorDiv(micros, 1_000_000L))
          .plusNanos(Math.floorMod(micros, 1_000_000L) * 1000L);
      return timestamp.timeZone() == null ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString() : instant.toString();
    } else if (type instanceof ArrowType.Time time) {
      long value = time.bitWidth() == 32 ? vector.getInt(row) : vector.getLong(row);
      return LocalTime.ofNanoOfDay(toMicros(value, time.unit()) * 1000L).toString();
    } else if (type instanceof ArrowType.Duration duration) {
      return Duration.ofNanos(Math.multiplyExact(toMicros(vector.getLong(row), duration.unit()), 1000L)).toString();
    } else if (type instanceof ArrowType.Interval interval) {
      return switch (interval.unit()) {
        case YEAR_MONTH -> java.time.Period.ofMonths(vector.getInt(row)).normalized().toString();
        case DAY_TIME -> "interval of " + vector.getLong(row) + " (days and milliseconds)";
        case MONTH_DAY_NANO -> vector.getIntervalMonths(row) + " months " + vector.getIntervalDays(row) + " days "
            + vector.getIntervalNanos(row) + " ns";
      };
    } else if (type instanceof ArrowType.Struct) {
      List<String> parts = new ArrayList<>();
      for (ArrowVector child : vector.children()) {
        parts.add(cell(child, row));
      }
      return struct(parts);
    } else if (type instanceof ArrowType.Map) {
      ArrowVector entries = vector.child(0);
      List<String> parts = new ArrayList<>();
      for (int i = vector.elementStart(row); i < vector.elementEnd(row); i++) {
        parts.add(cell(entries.child(0), i) + " -> " + cell(entries.child(1), i));
      }
      return "{" + String.join(", ", parts) + "}";
    } else if (type instanceof ArrowType.List || type instanceof ArrowType.FixedSizeList) {
      List<String> parts = new ArrayList<>();
      for (int i = vector.elementStart(row); i < vector.elementEnd(row); i++) {
        parts.add(cell(vector.child(0), i));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    return "?";
  }

  private static long toMicros(long value, ArrowType.TimeUnit unit) {
    return switch (unit) {
      case SECOND -> value * 1_000_000L;
      case MILLISECOND -> value * 1_000L;
      case MICROSECOND -> value;
      case NANOSECOND -> Math.floorDiv(value, 1_000L);
      case DAY -> value * 86_400_000_000L;
    };
  }

  /**
   * A Java value as text: null, {@code byte[]}, collections, arrays of objects and maps written as
   * {@link #cell(ArrowVector, int)} writes their Arrow form; anything else by {@code toString()}.
   */
  public static String value(Object value) {
    if (value == null) {
      return NULL;
    }
    if (value instanceof byte[] bytes) {
      return "[" + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes) + "]";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Collection<?> collection) {
      List<String> parts = new ArrayList<>();
      collection.forEach(item -> parts.add(value(item)));
      return "[" + String.join(", ", parts) + "]";
    }
    if (value instanceof Object[] array) {
      return value(List.of(array));
    }
    if (value instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      map.forEach((k, v) -> parts.add(value(k) + " -> " + value(v)));
      return "{" + String.join(", ", parts) + "}";
    }
    return String.valueOf(value);
  }

  /** A struct's fields, each already written as text, as {@code show()} writes a struct. */
  public static String struct(List<String> fields) {
    return "{" + String.join(", ", fields) + "}";
  }
}
