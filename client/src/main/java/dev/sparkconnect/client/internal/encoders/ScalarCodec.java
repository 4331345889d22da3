package dev.sparkconnect.client.internal.encoders;

import dev.sparkconnect.client.internal.JavaValueTypes;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DataTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.function.Function;

/**
 * A codec of one scalar class: numbers, booleans, strings, enums, byte arrays, decimals, dates,
 * timestamps and intervals. Decoding accepts what Spark would up-cast: a narrower integer for a
 * wider one, any integer or float for a double, an integer for a {@code BigDecimal}.
 */
final class ScalarCodec<T> implements Codec<T> {

  private final Class<T> javaType;
  private final boolean primitive;
  private final DataType dataType;
  private final Function<Object, Object> decoder;
  private final Function<Object, Object> encoder;

  private ScalarCodec(Class<T> javaType, boolean primitive, DataType dataType, Function<Object, Object> decoder,
      Function<Object, Object> encoder) {
    this.javaType = javaType;
    this.primitive = primitive;
    this.dataType = dataType;
    this.decoder = decoder;
    this.encoder = encoder;
  }

  /** The codec of {@code type} (a primitive stands for its box, not nullable), or null if it is not scalar. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T> Codec<T> of(Class<T> type) {
    Class<?> boxed = box(type);
    boolean primitive = type.isPrimitive();
    if (boxed.isEnum()) {
      Class<? extends Enum> enumType = (Class<? extends Enum>) boxed;
      return new ScalarCodec<>(type, false, DataTypes.StringType,
          v -> Enum.valueOf(enumType, (String) v), v -> ((Enum<?>) v).name());
    }
    if (boxed == java.time.LocalTime.class) {
      return new ScalarCodec<>(type, false, new dev.sparkconnect.client.types.TimeType(6), v -> (java.time.LocalTime) v,
          Function.identity());
    }
    if (boxed == BigInteger.class) {
      return new ScalarCodec<>(type, false, new dev.sparkconnect.client.types.DecimalType(38, 0),
          v -> decimal(v).toBigIntegerExact(), v -> new BigDecimal((BigInteger) v));
    }
    DataType dataType = JavaValueTypes.scalarType(boxed);
    if (dataType == null) {
      return null;
    }
    Function<Object, Object> decoder = decoderOf(boxed);
    Function<Object, Object> encoder = encoderOf(boxed);
    return new ScalarCodec<>((Class<T>) boxed, primitive, dataType, decoder, encoder);
  }

  /** Strings as {@code type}: STRING, or CHAR(n) or VARCHAR(n), which Spark reads and writes as strings. */
  static Codec<String> string(DataType type) {
    return new ScalarCodec<>(String.class, false, type, v -> (String) v, Function.identity());
  }

  @Override
  public Class<T> javaType() {
    return javaType;
  }

  @Override
  public DataType dataType() {
    return dataType;
  }

  @Override
  public boolean nullable() {
    return !primitive;
  }

  @Override
  public Object encode(T value) {
    return value == null ? null : encoder.apply(value);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T decode(Object value) {
    if (value == null) {
      if (primitive) {
        Class<?> unboxed = java.lang.invoke.MethodType.methodType(javaType).unwrap().returnType();
        throw new IllegalStateException("A null value for the primitive " + unboxed.getName() + "; declare it as "
            + javaType.getSimpleName() + " to take nulls");
      }
      return null;
    }
    try {
      return (T) decoder.apply(value);
    } catch (ClassCastException | ArithmeticException e) {
      throw new IllegalStateException("Cannot read a " + value.getClass().getSimpleName() + " (" + value + ") as "
          + javaType.getSimpleName() + ": the column's type does not fit (" + e.getMessage() + ")", e);
    }
  }

  private static Function<Object, Object> decoderOf(Class<?> type) {
    if (type == Byte.class) return v -> v instanceof Byte ? v : integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE).byteValue();
    if (type == Short.class) return v -> v instanceof Short ? v : integral(v, Short.MIN_VALUE, Short.MAX_VALUE).shortValue();
    if (type == Integer.class) return v -> v instanceof Integer ? v : integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
    if (type == Long.class) return v -> v instanceof Long ? v : integral(v, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
    if (type == Float.class) return v -> v instanceof Float ? v : ((Number) floatable(v)).floatValue();
    if (type == Double.class) return v -> v instanceof Double ? v : ((Number) floatable(v)).doubleValue();
    if (type == BigDecimal.class) return ScalarCodec::decimal;
    if (type == java.sql.Date.class) return v -> java.sql.Date.valueOf((LocalDate) v);
    if (type == java.sql.Timestamp.class) return v -> java.sql.Timestamp.from((Instant) v);
    if (type == Boolean.class || type == String.class || type == byte[].class || type == LocalDate.class
        || type == Instant.class || type == LocalDateTime.class || type == Duration.class || type == Period.class) {
      return v -> type.cast(v);
    }
    throw new IllegalArgumentException("No decoder for " + type);
  }

  private static Function<Object, Object> encoderOf(Class<?> type) {
    if (type == java.sql.Date.class) return v -> ((java.sql.Date) v).toLocalDate();
    if (type == java.sql.Timestamp.class) return v -> ((java.sql.Timestamp) v).toInstant();
    if (type == byte[].class) return v -> ((byte[]) v).clone();
    return Function.identity();
  }

  /** An integral value that fits {@code [min, max]}: Spark up-casts narrower integers only. */
  private static Number integral(Object value, long min, long max) {
    if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
      long v = ((Number) value).longValue();
      if (v >= min && v <= max) {
        return (Number) value;
      }
      throw new ArithmeticException(v + " is out of range");
    }
    throw new ClassCastException("not an integer");
  }

  private static Object floatable(Object value) {
    if (value instanceof Number && !(value instanceof BigDecimal)) {
      return value;
    }
    throw new ClassCastException("not a number Spark widens to a floating point");
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    throw new ClassCastException("not a decimal or an integer");
  }

  static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) return type;
    if (type == int.class) return Integer.class;
    if (type == long.class) return Long.class;
    if (type == double.class) return Double.class;
    if (type == float.class) return Float.class;
    if (type == boolean.class) return Boolean.class;
    if (type == short.class) return Short.class;
    if (type == byte.class) return Byte.class;
    if (type == char.class) return Character.class;
    return Void.class;
  }
}
