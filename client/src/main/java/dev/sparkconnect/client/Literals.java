package dev.sparkconnect.client;

import com.google.protobuf.ByteString;
import dev.sparkconnect.client.types.CalendarInterval;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.proto.Expression;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

/** Java values as the protocol's literal expressions, exactly as Apache Spark's client writes them. */
final class Literals {

  private Literals() {}

  /** The literal for {@code value}; its Spark type follows from its Java class. */
  static Expression.Literal of(Object value) {
    Expression.Literal.Builder literal = Expression.Literal.newBuilder();
    if (value == null) {
      return literal.setNull(DataTypeProtos.toProto(DataTypes.NullType))
          .setDataType(DataTypeProtos.toProto(DataTypes.NullType)).build();
    } else if (value instanceof Boolean b) {
      literal.setBoolean(b);
    } else if (value instanceof Byte b) {
      literal.setByte(b);
    } else if (value instanceof Short s) {
      literal.setShort(s);
    } else if (value instanceof Integer i) {
      literal.setInteger(i);
    } else if (value instanceof Long l) {
      literal.setLong(l);
    } else if (value instanceof Float f) {
      literal.setFloat(f);
    } else if (value instanceof Double d) {
      literal.setDouble(d);
    } else if (value instanceof BigDecimal d) {
      literal.setDecimal(Expression.Literal.Decimal.newBuilder()
          .setValue(d.toPlainString())
          .setPrecision(Math.max(d.precision(), d.scale()))
          .setScale(d.scale()));
    } else if (value instanceof String s) {
      literal.setString(s);
    } else if (value instanceof Character c) {
      literal.setString(c.toString());
    } else if (value instanceof char[] chars) {
      literal.setString(new String(chars));
    } else if (value instanceof byte[] bytes) {
      literal.setBinary(ByteString.copyFrom(bytes));
    } else if (value instanceof LocalDate date) {
      literal.setDate(Math.toIntExact(date.toEpochDay()));
    } else if (value instanceof java.sql.Date date) {
      literal.setDate(Math.toIntExact(date.toLocalDate().toEpochDay()));
    } else if (value instanceof Instant instant) {
      literal.setTimestamp(micros(instant.getEpochSecond(), instant.getNano()));
    } else if (value instanceof java.sql.Timestamp timestamp) {
      Instant instant = timestamp.toInstant();
      literal.setTimestamp(micros(instant.getEpochSecond(), instant.getNano()));
    } else if (value instanceof LocalDateTime dateTime) {
      literal.setTimestampNtz(micros(dateTime.toEpochSecond(ZoneOffset.UTC), dateTime.getNano()));
    } else if (value instanceof Duration duration) {
      literal.setDayTimeInterval(micros(duration.getSeconds(), duration.getNano()));
    } else if (value instanceof Period period) {
      literal.setYearMonthInterval(Math.toIntExact(period.toTotalMonths()));
    } else if (value instanceof LocalTime time) {
      literal.setTime(Expression.Literal.Time.newBuilder().setNano(time.toNanoOfDay()).setPrecision(6));
    } else if (value instanceof CalendarInterval interval) {
      literal.setCalendarInterval(Expression.Literal.CalendarInterval.newBuilder()
          .setMonths(interval.months()).setDays(interval.days()).setMicroseconds(interval.microseconds()));
    } else if (value instanceof int[] || value instanceof long[] || value instanceof double[] || value instanceof float[]
        || value instanceof short[] || value instanceof boolean[] || value instanceof Object[]) {
      return array(value, boxed(value));
    } else if (value instanceof java.util.List<?> list) {
      return array(null, new java.util.ArrayList<>(list));
    } else if (value instanceof java.util.Map<?, ?> map) {
      return map(map);
    } else {
      throw new IllegalArgumentException("No Spark literal for a " + value.getClass().getName() + " (" + value + ")");
    }
    return literal.build();
  }

  /** A typed null literal. */
  static Expression.Literal nullOf(DataType type) {
    return Expression.Literal.newBuilder()
        .setNull(DataTypeProtos.toProto(type))
        .setDataType(DataTypeProtos.toProto(type))
        .build();
  }

  /**
   * An array literal. A Java array's element type comes from its component class, as Spark's
   * client takes it from the Scala array's class, so an empty {@code double[]} is still an array of
   * DOUBLE; a List's comes from its first non-null element.
   */
  private static Expression.Literal array(Object javaArray, List<Object> elements) {
    Expression.Literal.Array.Builder array = Expression.Literal.Array.newBuilder();
    for (Object element : elements) {
      array.addElements(stripType(of(element)));
    }
    DataType elementType = javaArray == null ? null : typeOfClass(javaArray.getClass().getComponentType());
    if (elementType == null) {
      elementType = elementType(null, elements);
    }
    return Expression.Literal.newBuilder()
        .setArray(array)
        .setDataType(DataTypeProtos.toProto(new dev.sparkconnect.client.types.ArrayType(elementType, true)))
        .build();
  }

  /**
   * A map literal: key and value types from the first entry whose key (value) is not null; the
   * values may hold null, the keys may not, as in Spark.
   */
  private static Expression.Literal map(java.util.Map<?, ?> map) {
    Expression.Literal.Map.Builder literal = Expression.Literal.Map.newBuilder();
    List<Object> keys = new java.util.ArrayList<>(map.size());
    List<Object> values = new java.util.ArrayList<>(map.size());
    boolean valueContainsNull = false;
    for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
      if (entry.getKey() == null) {
        throw new IllegalArgumentException("A Spark map literal cannot have a null key: " + map);
      }
      keys.add(entry.getKey());
      values.add(entry.getValue());
      valueContainsNull |= entry.getValue() == null;
      literal.addKeys(stripType(of(entry.getKey())));
      literal.addValues(stripType(of(entry.getValue())));
    }
    DataType type = new dev.sparkconnect.client.types.MapType(
        elementType(null, keys), elementType(null, values), valueContainsNull);
    return Expression.Literal.newBuilder().setMap(literal).setDataType(DataTypeProtos.toProto(type)).build();
  }

  /** Nested literals carry no type of their own: the outermost one names the whole type. */
  private static Expression.Literal stripType(Expression.Literal literal) {
    return literal.hasDataType() && !literal.hasNull() ? literal.toBuilder().clearDataType().build() : literal;
  }

  /** The type of a collection's elements, from the first non-null one (NULL when there is none). */
  private static DataType elementType(Object sample, List<Object> all) {
    Object first = sample;
    if (first == null) {
      for (Object element : all) {
        if (element != null) {
          first = element;
          break;
        }
      }
    }
    if (first == null) {
      return DataTypes.NullType;
    }
    if (first instanceof java.util.List<?> list) {
      List<Object> inner = new java.util.ArrayList<>(list);
      return new dev.sparkconnect.client.types.ArrayType(elementType(null, inner), true);
    }
    if (first instanceof java.util.Map<?, ?> map) {
      List<Object> keys = new java.util.ArrayList<>(map.keySet());
      List<Object> values = new java.util.ArrayList<>(map.values());
      return new dev.sparkconnect.client.types.MapType(elementType(null, keys), elementType(null, values),
          values.contains(null));
    }
    if (first.getClass().isArray() && !(first instanceof byte[]) && !(first instanceof char[])) {
      DataType fromClass = typeOfClass(first.getClass());
      if (fromClass != null) {
        return fromClass;
      }
      return new dev.sparkconnect.client.types.ArrayType(elementType(null, boxed(first)), true);
    }
    DataType type = typeOfClass(first.getClass());
    if (type == null) {
      throw new IllegalArgumentException("No Spark type for collection elements of " + first.getClass().getName());
    }
    return type;
  }

  /**
   * The Spark type of every value of {@code type}, or null when the class alone does not say
   * (Object, Number, a List). BigDecimal is DECIMAL(38,18), Spark's type for a decimal whose
   * precision is not known in advance.
   */
  private static DataType typeOfClass(Class<?> type) {
    DataType scalar = dev.sparkconnect.client.internal.JavaValueTypes.scalarType(type);
    if (scalar != null) return scalar;
    if (type == char.class || type == Character.class || type == char[].class) return DataTypes.StringType;
    if (type == LocalTime.class) return new dev.sparkconnect.client.types.TimeType(6);
    if (type == CalendarInterval.class) return DataTypes.CalendarIntervalType;
    if (type.isArray()) {
      DataType element = typeOfClass(type.getComponentType());
      return element == null ? null : new dev.sparkconnect.client.types.ArrayType(element, true);
    }
    return null;
  }

  private static List<Object> boxed(Object array) {
    int length = java.lang.reflect.Array.getLength(array);
    List<Object> values = new java.util.ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      values.add(java.lang.reflect.Array.get(array, i));
    }
    return values;
  }

  private static long micros(long seconds, int nanos) {
    return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), nanos / 1000);
  }
}
