package dev.sparkconnect.client.internal;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.BinaryType;
import dev.sparkconnect.client.types.BooleanType;
import dev.sparkconnect.client.types.ByteType;
import dev.sparkconnect.client.types.CalendarInterval;
import dev.sparkconnect.client.types.CharType;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DateType;
import dev.sparkconnect.client.types.DecimalType;
import dev.sparkconnect.client.types.DoubleType;
import dev.sparkconnect.client.types.FloatType;
import dev.sparkconnect.client.types.IntegerType;
import dev.sparkconnect.client.types.LongType;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.ShortType;
import dev.sparkconnect.client.types.StringType;
import dev.sparkconnect.client.types.StructField;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.client.types.TimestampNTZType;
import dev.sparkconnect.client.types.TimestampType;
import dev.sparkconnect.client.types.VarcharType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A row as JSON, the way Apache Spark's {@code Row.json()} and {@code Row.prettyJson()} write it:
 * fields by the schema's names, BINARY as Base64, DATE as {@code yyyy-MM-dd}, TIMESTAMP as
 * {@code yyyy-MM-dd HH:mm:ss} in this JVM's time zone (whole seconds, as Spark prints them), a MAP
 * with string keys as an object with sorted keys and any other MAP as an array of
 * {@code {"key": ..., "value": ...}}; the pretty form is indented as Spark's (Jackson's) printer does.
 */
public final class RowJson {

  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final boolean pretty;
  private final StringBuilder out = new StringBuilder();

  private RowJson(boolean pretty) {
    this.pretty = pretty;
  }

  /** {@code row} as JSON; compact on one line, or {@code pretty}, indented. */
  public static String of(Row row, boolean pretty) {
    if (row.schema() == null) {
      throw new UnsupportedOperationException("json() needs the row's schema for field names and types; rows of "
          + "query results have one, a row made with Row.of() has none");
    }
    RowJson json = new RowJson(pretty);
    json.struct(row, row.schema(), 1);
    return json.out.toString();
  }

  private void value(Object value, DataType type, int depth) {
    if (value == null) {
      out.append("null");
    } else if (type instanceof BooleanType) {
      out.append(value);
    } else if (type instanceof ByteType || type instanceof ShortType || type instanceof IntegerType
        || type instanceof LongType) {
      out.append(((Number) value).longValue());
    } else if (type instanceof FloatType || type instanceof DoubleType) {
      number(((Number) value).doubleValue());
    } else if (type instanceof DecimalType) {
      out.append(value instanceof BigDecimal decimal ? decimal.toString() : value.toString());
    } else if (type instanceof StringType || type instanceof CharType || type instanceof VarcharType) {
      string(value.toString());
    } else if (type instanceof BinaryType) {
      string(Base64.getEncoder().encodeToString((byte[]) value));
    } else if (type instanceof DateType) {
      string(value instanceof java.sql.Date date ? date.toLocalDate().toString() : ((LocalDate) value).toString());
    } else if (type instanceof TimestampType) {
      Instant instant = value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
      string(SECONDS.format(instant.atZone(ZoneId.systemDefault())));
    } else if (type instanceof TimestampNTZType) {
      string(SECONDS.format((LocalDateTime) value));
    } else if (value instanceof CalendarInterval) {
      string(value.toString());
    } else if (type instanceof ArrayType array) {
      array(elements(value), array.elementType(), depth);
    } else if (type instanceof MapType map) {
      map((Map<?, ?>) value, map, depth);
    } else if (type instanceof StructType struct) {
      struct((Row) value, struct, depth + 1);
    } else {
      throw new IllegalArgumentException("FAILED_ROW_TO_JSON: the value '" + value + "' of type " + type.simpleString()
          + " has no JSON form in Spark's Row.json(); select it as a string first");
    }
  }

  private void struct(Row row, StructType schema, int depth) {
    List<StructField> fields = schema.fields();
    List<Map.Entry<String, Runnable>> members = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      StructField field = fields.get(i);
      Object fieldValue = row.get(i);
      members.add(Map.entry(field.name(), () -> value(fieldValue, field.dataType(), depth)));
    }
    object(members, depth);
  }

  private void map(Map<?, ?> map, MapType type, int depth) {
    if (type.keyType() instanceof StringType) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, entryValue) -> sorted.put(String.valueOf(key), entryValue));
      List<Map.Entry<String, Runnable>> members = new ArrayList<>();
      sorted.forEach((key, entryValue) -> members.add(Map.entry(key,
          () -> value(entryValue, type.valueType(), depth + 1))));
      object(members, depth + 1);
      return;
    }
    List<Runnable> entries = new ArrayList<>();
    map.forEach((key, entryValue) -> entries.add(() -> object(List.of(
        Map.entry("key", () -> value(key, type.keyType(), depth + 1)),
        Map.entry("value", () -> value(entryValue, type.valueType(), depth + 1))), depth + 1)));
    sequence(entries);
  }

  private void array(List<?> elements, DataType elementType, int depth) {
    List<Runnable> items = new ArrayList<>();
    for (Object element : elements) {
      items.add(() -> value(element, elementType, depth));
    }
    sequence(items);
  }

  private void object(List<Map.Entry<String, Runnable>> members, int depth) {
    if (members.isEmpty()) {
      out.append(pretty ? "{ }" : "{}");
      return;
    }
    out.append('{');
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      if (pretty) {
        out.append('\n').append("  ".repeat(depth));
      }
      string(members.get(i).getKey());
      out.append(pretty ? " : " : ":");
      members.get(i).getValue().run();
    }
    if (pretty) {
      out.append('\n').append("  ".repeat(depth - 1));
    }
    out.append('}');
  }

  private void sequence(List<Runnable> items) {
    if (items.isEmpty()) {
      out.append(pretty ? "[ ]" : "[]");
      return;
    }
    out.append(pretty ? "[ " : "[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(pretty ? ", " : ",");
      }
      items.get(i).run();
    }
    out.append(pretty ? " ]" : "]");
  }

  private void number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      string(Double.toString(value));
    } else {
      out.append(value);
    }
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static List<?> elements(Object value) {
    if (value instanceof List<?> list) {
      return list;
    }
    if (value instanceof Object[] array) {
      return java.util.Arrays.asList(array);
    }
    if (value.getClass().isArray()) {
      List<Object> all = new ArrayList<>();
      for (int i = 0, n = java.lang.reflect.Array.getLength(value); i < n; i++) {
        all.add(java.lang.reflect.Array.get(value, i));
      }
      return all;
    }
    throw new IllegalArgumentException("An ARRAY value must be a List or an array, not " + value.getClass().getName());
  }
}
