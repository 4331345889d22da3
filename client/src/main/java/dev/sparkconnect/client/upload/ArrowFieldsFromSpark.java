package dev.sparkconnect.client.upload;

import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.BinaryType;
import dev.sparkconnect.client.types.BooleanType;
import dev.sparkconnect.client.types.ByteType;
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
import dev.sparkconnect.client.types.NullType;
import dev.sparkconnect.client.types.ShortType;
import dev.sparkconnect.client.types.StringType;
import dev.sparkconnect.client.types.StructField;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.client.types.TimeType;
import dev.sparkconnect.client.types.TimestampNTZType;
import dev.sparkconnect.client.types.TimestampType;
import dev.sparkconnect.client.types.VarcharType;
import dev.sparkconnect.client.types.VariantType;
import dev.sparkconnect.client.types.YearMonthIntervalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Arrow field Spark itself uses for each Spark type, so that the server reads back exactly what was sent. */
public final class ArrowFieldsFromSpark {

  private ArrowFieldsFromSpark() {}

  /** The Arrow schema of rows of {@code schema}. */
  public static ArrowSchema schema(StructType schema) {
    List<ArrowField> fields = new ArrayList<>();
    for (StructField field : schema) {
      fields.add(field(field.name(), field.dataType(), field.nullable()));
    }
    return ArrowSchema.of(fields);
  }

  /** The Arrow field for a Spark field. */
  public static ArrowField field(String name, DataType type, boolean nullable) {
    if (type instanceof ArrayType array) {
      return new ArrowField(name, nullable, new ArrowType.List(false),
          List.of(field("element", array.elementType(), array.containsNull())), Map.of());
    }
    if (type instanceof MapType map) {
      ArrowField entries = new ArrowField("entries", false, new ArrowType.Struct(), List.of(
          field("key", map.keyType(), false), field("value", map.valueType(), map.valueContainsNull())), Map.of());
      return new ArrowField(name, nullable, new ArrowType.Map(false), List.of(entries), Map.of());
    }
    if (type instanceof StructType struct) {
      List<ArrowField> children = new ArrayList<>();
      for (StructField field : struct) {
        children.add(field(field.name(), field.dataType(), field.nullable()));
      }
      return new ArrowField(name, nullable, new ArrowType.Struct(), children, Map.of());
    }
    if (type instanceof VariantType) {
      // As Spark writes it: the value bytes, and the metadata bytes marked as a variant's.
      return new ArrowField(name, nullable, new ArrowType.Struct(), List.of(
          ArrowField.of("value", false, new ArrowType.Binary(false)),
          new ArrowField("metadata", false, new ArrowType.Binary(false), List.of(), Map.of("variant", "true"))),
          Map.of());
    }
    return ArrowField.of(name, nullable, atomic(type));
  }

  private static ArrowType atomic(DataType type) {
    if (type instanceof BooleanType) return new ArrowType.Bool();
    if (type instanceof ByteType) return new ArrowType.Int(8, true);
    if (type instanceof ShortType) return new ArrowType.Int(16, true);
    if (type instanceof IntegerType) return new ArrowType.Int(32, true);
    if (type instanceof LongType) return new ArrowType.Int(64, true);
    if (type instanceof FloatType) return new ArrowType.FloatingPoint(32);
    if (type instanceof DoubleType) return new ArrowType.FloatingPoint(64);
    if (type instanceof StringType || type instanceof CharType || type instanceof VarcharType) {
      return new ArrowType.Utf8(false);
    }
    if (type instanceof BinaryType) return new ArrowType.Binary(false);
    if (type instanceof DecimalType d) return new ArrowType.Decimal(d.precision(), d.scale(), 128);
    if (type instanceof DateType) return new ArrowType.Date(ArrowType.TimeUnit.DAY);
    if (type instanceof TimestampType) return new ArrowType.Timestamp(ArrowType.TimeUnit.MICROSECOND, "UTC");
    if (type instanceof TimestampNTZType) return new ArrowType.Timestamp(ArrowType.TimeUnit.MICROSECOND, null);
    if (type instanceof NullType) return new ArrowType.Null();
    if (type instanceof YearMonthIntervalType) return new ArrowType.Interval(ArrowType.IntervalUnit.YEAR_MONTH);
    if (type instanceof DayTimeIntervalType) return new ArrowType.Duration(ArrowType.TimeUnit.MICROSECOND);
    if (type instanceof CalendarIntervalType) return new ArrowType.Interval(ArrowType.IntervalUnit.MONTH_DAY_NANO);
    if (type instanceof TimeType) return new ArrowType.Time(ArrowType.TimeUnit.NANOSECOND, 64);
    throw new IllegalArgumentException("Local data of type " + type.simpleString() + " cannot be sent yet");
  }
}
