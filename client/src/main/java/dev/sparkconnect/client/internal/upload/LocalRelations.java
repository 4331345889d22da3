package dev.sparkconnect.client.internal.upload;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.BinaryType;
import dev.sparkconnect.client.types.BooleanType;
import dev.sparkconnect.client.types.ByteType;
import dev.sparkconnect.client.types.CalendarInterval;
import dev.sparkconnect.client.types.CalendarIntervalType;
import dev.sparkconnect.client.types.CharType;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DateType;
import dev.sparkconnect.client.types.DayTimeIntervalType;
import dev.sparkconnect.client.types.DecimalType;
import dev.sparkconnect.client.types.DoubleType;
import dev.sparkconnect.client.types.FloatType;
import dev.sparkconnect.client.types.IntegerType;
import dev.sparkconnect.client.types.LongType;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.ShortType;
import dev.sparkconnect.client.types.StringType;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.client.types.TimeType;
import dev.sparkconnect.client.types.TimestampNTZType;
import dev.sparkconnect.client.types.TimestampType;
import dev.sparkconnect.client.types.VarcharType;
import dev.sparkconnect.client.types.VariantType;
import dev.sparkconnect.client.types.VariantValue;
import dev.sparkconnect.client.types.YearMonthIntervalType;
import dev.sparkconnect.proto.LocalRelation;
import dev.sparkconnect.protocol.arrow.SparkArrowTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns local rows into a {@code LocalRelation}: the rows as an Arrow IPC stream and the schema in
 * Spark's JSON form, as Apache Spark's client sends them. A value may be any Java value Apache
 * Spark's client accepts for its column's type (java.sql and java.time dates and timestamps, Lists,
 * arrays and Maps, nested Rows, boxed numbers that fit the type, ...); one that does not fit is
 * rejected naming the field and the Java classes its type takes.
 */
public final class LocalRelations {

  private LocalRelations() {}

  /** The relation holding {@code rows} of {@code schema}; rows may be empty. */
  public static LocalRelation of(List<Row> rows, StructType schema) {
    LocalRelation.Builder relation = LocalRelation.newBuilder().setSchema(schema.json());
    if (rows.isEmpty()) {
      return relation.build();
    }
    List<Object[]> values = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      if (row.size() != schema.size()) {
        throw new IllegalArgumentException("Row " + r + " has " + row.size() + " values but the schema has "
            + schema.size() + " fields: " + schema.simpleString());
      }
      Object[] fields = new Object[schema.size()];
      try {
        for (int i = 0; i < fields.length; i++) {
          fields[i] = toArrowValue(row.get(i), schema.apply(i).dataType(), schema.apply(i).name());
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Row " + r + ": " + e.getMessage(), e);
      }
      values.add(fields);
    }
    byte[] ipc;
    try {
      ipc = ArrowStreamWriter.write(SparkArrowTypes.arrowSchema(schema), values);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The rows do not fit the schema " + schema.simpleString() + ": "
          + e.getMessage(), e);
    }
    return relation.setData(ByteString.copyFrom(ipc)).build();
  }

  /**
   * A value of a column of {@code type} as the Arrow writer takes it, from any Java value Apache
   * Spark's client accepts for that type (see {@link #accepted}); {@code field} names the value
   * in an error.
   */
  static Object toArrowValue(Object value, DataType type, String field) {
    if (value == null) {
      return null;
    }
    if (type instanceof StructType struct) {
      if (!(value instanceof Row row)) {
        throw mismatch(value, type, field);
      }
      if (row.size() != struct.size()) {
        throw new IllegalArgumentException("field '" + field + "' is a struct of " + struct.size()
            + " fields, but its Row has " + row.size() + " values");
      }
      Object[] fields = new Object[struct.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = toArrowValue(row.get(i), struct.apply(i).dataType(), path(field, struct.apply(i).name()));
      }
      return fields;
    }
    if (type instanceof ArrayType array) {
      List<Object> elements = new ArrayList<>();
      for (Object element : elementsOf(value, type, field)) {
        elements.add(toArrowValue(element, array.elementType(), field + "[]"));
      }
      return elements;
    }
    if (type instanceof MapType map) {
      if (!(value instanceof Map<?, ?> given)) {
        throw mismatch(value, type, field);
      }
      Map<Object, Object> entries = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : given.entrySet()) {
        entries.put(toArrowValue(entry.getKey(), map.keyType(), field + ".key"),
            toArrowValue(entry.getValue(), map.valueType(), field + ".value"));
      }
      return entries;
    }
    return scalar(value, type, field);
  }

  private static Object scalar(Object value, DataType type, String field) {
    if (type instanceof BooleanType && value instanceof Boolean) {
      return value;
    }
    if (type instanceof ByteType || type instanceof ShortType || type instanceof IntegerType
        || type instanceof LongType) {
      Long whole = wholeNumber(value);
      if (whole == null) {
        throw mismatch(value, type, field);
      }
      long min = type instanceof ByteType ? Byte.MIN_VALUE : type instanceof ShortType ? Short.MIN_VALUE
          : type instanceof IntegerType ? Integer.MIN_VALUE : Long.MIN_VALUE;
      long max = type instanceof ByteType ? Byte.MAX_VALUE : type instanceof ShortType ? Short.MAX_VALUE
          : type instanceof IntegerType ? Integer.MAX_VALUE : Long.MAX_VALUE;
      if (whole < min || whole > max) {
        throw new IllegalArgumentException("field '" + field + "' of type " + type.simpleString() + " cannot hold "
            + value + ": it is out of the type's range");
      }
      return whole;
    }
    if (type instanceof FloatType || type instanceof DoubleType) {
      if (value instanceof Float || value instanceof Double || wholeNumber(value) != null) {
        return value;
      }
      throw mismatch(value, type, field);
    }
    if (type instanceof DecimalType decimal) {
      BigDecimal number = value instanceof BigDecimal d ? d : value instanceof BigInteger b ? new BigDecimal(b)
          : wholeNumber(value) != null ? BigDecimal.valueOf(wholeNumber(value)) : null;
      if (number == null) {
        throw mismatch(value, type, field);
      }
      BigDecimal scaled = number.setScale(decimal.scale(), java.math.RoundingMode.HALF_UP);
      if (scaled.precision() > decimal.precision()) {
        throw new IllegalArgumentException("field '" + field + "' of type " + type.simpleString() + " cannot hold "
            + number.toPlainString() + ": it needs more than " + decimal.precision() + " digits");
      }
      return scaled;
    }
    if (type instanceof StringType || type instanceof CharType || type instanceof VarcharType) {
      if (value instanceof String || value instanceof Character) {
        return value.toString();
      }
      throw mismatch(value, type, field);
    }
    if (type instanceof BinaryType && value instanceof byte[]) {
      return value;
    }
    if (type instanceof DateType) {
      if (value instanceof LocalDate) {
        return value;
      }
      if (value instanceof java.sql.Date date) {
        return date.toLocalDate();
      }
      throw mismatch(value, type, field);
    }
    if (type instanceof TimestampType) {
      if (value instanceof Instant) {
        return value;
      }
      if (value instanceof java.sql.Timestamp timestamp) {
        return timestamp.toInstant();
      }
      if (value instanceof java.time.OffsetDateTime time) {
        return time.toInstant();
      }
      if (value instanceof java.time.ZonedDateTime time) {
        return time.toInstant();
      }
      throw mismatch(value, type, field);
    }
    if (type instanceof TimestampNTZType && value instanceof LocalDateTime) {
      return value;
    }
    if (type instanceof DayTimeIntervalType && value instanceof Duration) {
      return value;
    }
    if (type instanceof YearMonthIntervalType && value instanceof Period) {
      return value;
    }
    if (type instanceof TimeType && value instanceof java.time.LocalTime) {
      return value;
    }
    if (type instanceof CalendarIntervalType && value instanceof CalendarInterval interval) {
      return new long[] {interval.months(), interval.days(), Math.multiplyExact(interval.microseconds(), 1000L)};
    }
    if (type instanceof VariantType && value instanceof VariantValue variant) {
      return new Object[] {variant.value(), variant.metadata()};
    }
    throw mismatch(value, type, field);
  }

  /** A whole number of any integral class (BigInteger and BigDecimal when exact and in range), or null. */
  private static Long wholeNumber(Object value) {
    if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    try {
      if (value instanceof BigInteger big) {
        return big.longValueExact();
      }
      if (value instanceof BigDecimal big) {
        return big.longValueExact();
      }
    } catch (ArithmeticException e) {
      return null;
    }
    return null;
  }

  private static Iterable<?> elementsOf(Object value, DataType type, String field) {
    if (value instanceof Iterable<?> iterable) {
      return iterable;
    }
    if (value instanceof Object[] array) {
      return java.util.Arrays.asList(array);
    }
    if (value.getClass().isArray() && !(value instanceof byte[])) {
      List<Object> elements = new ArrayList<>();
      for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
        elements.add(java.lang.reflect.Array.get(value, i));
      }
      return elements;
    }
    throw mismatch(value, type, field);
  }

  private static String path(String parent, String child) {
    return parent.isEmpty() ? child : parent + "." + child;
  }

  private static IllegalArgumentException mismatch(Object value, DataType type, String field) {
    return new IllegalArgumentException("field '" + field + "' of type " + type.simpleString() + " cannot hold "
        + value.getClass().getName() + " value " + value + "; it takes " + accepted(type));
  }

  /** The Java classes a column of {@code type} takes, for error messages. */
  static String accepted(DataType type) {
    if (type instanceof BooleanType) return "Boolean";
    if (type instanceof ByteType || type instanceof ShortType || type instanceof IntegerType
        || type instanceof LongType) {
      return "Byte, Short, Integer, Long, or a whole BigInteger or BigDecimal within the type's range";
    }
    if (type instanceof FloatType || type instanceof DoubleType) return "Float, Double or a whole number";
    if (type instanceof DecimalType) return "BigDecimal, BigInteger or a whole number";
    if (type instanceof StringType || type instanceof CharType || type instanceof VarcharType) {
      return "String or Character";
    }
    if (type instanceof BinaryType) return "byte[]";
    if (type instanceof DateType) return "java.time.LocalDate or java.sql.Date";
    if (type instanceof TimestampType) {
      return "java.time.Instant, java.sql.Timestamp, OffsetDateTime or ZonedDateTime";
    }
    if (type instanceof TimestampNTZType) return "java.time.LocalDateTime";
    if (type instanceof DayTimeIntervalType) return "java.time.Duration";
    if (type instanceof YearMonthIntervalType) return "java.time.Period";
    if (type instanceof TimeType) return "java.time.LocalTime";
    if (type instanceof CalendarIntervalType) return "CalendarInterval";
    if (type instanceof VariantType) return "VariantValue";
    if (type instanceof ArrayType) return "a List (any Iterable) or an array";
    if (type instanceof MapType) return "a java.util.Map";
    if (type instanceof StructType) return "a Row";
    return "only null";
  }
}
