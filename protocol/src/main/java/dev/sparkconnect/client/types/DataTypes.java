package dev.sparkconnect.client.types;

import java.util.List;

/**
 * The atomic types as constants, and factories for the others, named as in Apache Spark's Java API.
 *
 * <pre>{@code
 * import static dev.sparkconnect.client.types.DataTypes.*;
 * StructType schema = createStructType(List.of(
 *     createStructField("id", LongType, false),
 *     createStructField("price", createDecimalType(10, 2), true)));
 * }</pre>
 */
public final class DataTypes {

  /** VOID: the type of an untyped NULL; values are always null. */
  public static final NullType NullType = dev.sparkconnect.client.types.NullType.INSTANCE;
  /** BOOLEAN; Java value {@link Boolean}. */
  public static final BooleanType BooleanType = dev.sparkconnect.client.types.BooleanType.INSTANCE;
  /** TINYINT, 8-bit signed; Java value {@link Byte}. */
  public static final ByteType ByteType = dev.sparkconnect.client.types.ByteType.INSTANCE;
  /** SMALLINT, 16-bit signed; Java value {@link Short}. */
  public static final ShortType ShortType = dev.sparkconnect.client.types.ShortType.INSTANCE;
  /** INT, 32-bit signed; Java value {@link Integer}. */
  public static final IntegerType IntegerType = dev.sparkconnect.client.types.IntegerType.INSTANCE;
  /** BIGINT, 64-bit signed; Java value {@link Long}. */
  public static final LongType LongType = dev.sparkconnect.client.types.LongType.INSTANCE;
  /** FLOAT, 32-bit IEEE 754; Java value {@link Float}. */
  public static final FloatType FloatType = dev.sparkconnect.client.types.FloatType.INSTANCE;
  /** DOUBLE, 64-bit IEEE 754; Java value {@link Double}. */
  public static final DoubleType DoubleType = dev.sparkconnect.client.types.DoubleType.INSTANCE;
  /** STRING with the default collation UTF8_BINARY; Java value {@link String}. */
  public static final StringType StringType = dev.sparkconnect.client.types.StringType.INSTANCE;
  /** BINARY, bytes; Java value {@code byte[]}. */
  public static final BinaryType BinaryType = dev.sparkconnect.client.types.BinaryType.INSTANCE;
  /** DATE, a day without a time zone; Java value {@link java.time.LocalDate}. */
  public static final DateType DateType = dev.sparkconnect.client.types.DateType.INSTANCE;
  /** TIMESTAMP, an instant (shown in the session time zone); Java value {@link java.time.Instant}. */
  public static final TimestampType TimestampType = dev.sparkconnect.client.types.TimestampType.INSTANCE;
  /** TIMESTAMP_NTZ, a wall-clock date and time without a zone; Java value {@link java.time.LocalDateTime}. */
  public static final TimestampNTZType TimestampNTZType = dev.sparkconnect.client.types.TimestampNTZType.INSTANCE;
  /** INTERVAL of months, days and microseconds; Java value {@link CalendarInterval}. */
  public static final CalendarIntervalType CalendarIntervalType =
      dev.sparkconnect.client.types.CalendarIntervalType.INSTANCE;
  /** VARIANT, semi-structured data; Java value {@link VariantValue}. */
  public static final VariantType VariantType = dev.sparkconnect.client.types.VariantType.INSTANCE;

  private DataTypes() {}

  /**
   * STRING with {@code collation}, for example {@code createStringType("UTF8_LCASE")} for a column
   * that compares case-insensitively; {@code "UTF8_BINARY"} gives {@link #StringType} itself.
   *
   * @throws IllegalArgumentException if the name is not a collation name's shape
   */
  public static StringType createStringType(String collation) {
    return dev.sparkconnect.client.types.StringType.collated(collation);
  }

  /** DECIMAL(precision, scale). */
  public static DecimalType createDecimalType(int precision, int scale) {
    return new DecimalType(precision, scale);
  }

  /** DECIMAL(10, 0), Spark's default decimal. */
  public static DecimalType createDecimalType() {
    return new DecimalType(10, 0);
  }

  /** ARRAY of {@code elementType}, elements nullable. */
  public static ArrayType createArrayType(DataType elementType) {
    return new ArrayType(elementType, true);
  }

  /** ARRAY of {@code elementType}. */
  public static ArrayType createArrayType(DataType elementType, boolean containsNull) {
    return new ArrayType(elementType, containsNull);
  }

  /** MAP of {@code keyType} to {@code valueType}, values nullable. */
  public static MapType createMapType(DataType keyType, DataType valueType) {
    return new MapType(keyType, valueType, true);
  }

  /** MAP of {@code keyType} to {@code valueType}. */
  public static MapType createMapType(DataType keyType, DataType valueType, boolean valueContainsNull) {
    return new MapType(keyType, valueType, valueContainsNull);
  }

  /** A struct field. */
  public static StructField createStructField(String name, DataType dataType, boolean nullable) {
    return new StructField(name, dataType, nullable);
  }

  /** A struct of {@code fields}. */
  public static StructType createStructType(List<StructField> fields) {
    return new StructType(fields);
  }

  /** A struct of {@code fields}. */
  public static StructType createStructType(StructField[] fields) {
    return new StructType(fields);
  }

  /** INTERVAL DAY TO SECOND. */
  public static DayTimeIntervalType createDayTimeIntervalType() {
    return new DayTimeIntervalType();
  }

  /** INTERVAL YEAR TO MONTH. */
  public static YearMonthIntervalType createYearMonthIntervalType() {
    return new YearMonthIntervalType();
  }
}
