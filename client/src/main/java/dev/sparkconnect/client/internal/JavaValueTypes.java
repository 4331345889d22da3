package dev.sparkconnect.client.internal;

import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.DayTimeIntervalType;
import dev.sparkconnect.client.types.DecimalType;
import dev.sparkconnect.client.types.YearMonthIntervalType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;

/**
 * The Spark type of a scalar Java class, as both literals and uploaded records and beans use it,
 * so that a value means the same type whichever way it is sent. Collections, arrays and nested
 * classes are the callers' own business.
 */
public final class JavaValueTypes {

  private JavaValueTypes() {}

  /**
   * The Spark type every value of {@code type} has, or null when {@code type} is not one of the
   * scalar classes (primitives and their boxes, String, byte[], BigDecimal as DECIMAL(38,18), the
   * java.time and java.sql date and time classes, Duration, Period).
   */
  public static DataType scalarType(Class<?> type) {
    if (type == boolean.class || type == Boolean.class) return DataTypes.BooleanType;
    if (type == byte.class || type == Byte.class) return DataTypes.ByteType;
    if (type == short.class || type == Short.class) return DataTypes.ShortType;
    if (type == int.class || type == Integer.class) return DataTypes.IntegerType;
    if (type == long.class || type == Long.class) return DataTypes.LongType;
    if (type == float.class || type == Float.class) return DataTypes.FloatType;
    if (type == double.class || type == Double.class) return DataTypes.DoubleType;
    if (type == String.class) return DataTypes.StringType;
    if (type == byte[].class) return DataTypes.BinaryType;
    if (type == BigDecimal.class) return new DecimalType(38, 18);
    if (type == LocalDate.class || type == java.sql.Date.class) return DataTypes.DateType;
    if (type == Instant.class || type == java.sql.Timestamp.class) return DataTypes.TimestampType;
    if (type == LocalDateTime.class) return DataTypes.TimestampNTZType;
    if (type == Duration.class) return new DayTimeIntervalType();
    if (type == Period.class) return new YearMonthIntervalType();
    return null;
  }
}
