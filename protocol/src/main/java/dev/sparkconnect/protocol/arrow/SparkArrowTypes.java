package dev.sparkconnect.protocol.arrow;

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
import dev.sparkconnect.client.types.DataTypes;
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

/**
 * Spark's types and their Arrow layout, both ways, exactly as Spark writes Arrow: a timestamp with
 * a time zone is TIMESTAMP and one without TIMESTAMP_NTZ, a month-day-nano interval is the calendar
 * INTERVAL, a VARIANT is a struct of value and metadata bytes marked in the field's metadata, and
 * so on. The client reads results and writes local data with it; the mock server answers schema
 * questions from recorded Arrow data and lays out stubbed rows with it. This is the only place the
 * mapping is written.
 */
public final class SparkArrowTypes {

  private SparkArrowTypes() {}

  // ---- Arrow to Spark ----

  /** The Spark schema of a result whose Arrow schema is {@code schema}. */
  public static StructType structType(ArrowSchema schema) {
    return struct(schema.fields());
  }

  /** The Spark type of {@code field}; an Arrow type Spark never writes fails naming it. */
  public static DataType dataType(ArrowField field) {
    ArrowType type = field.type();
    if (type instanceof ArrowType.Null) {
      return DataTypes.NullType;
    } else if (type instanceof ArrowType.Bool) {
      return DataTypes.BooleanType;
    } else if (type instanceof ArrowType.Int t) {
      switch (t.bitWidth()) {
        case 8: return DataTypes.ByteType;
        case 16: return DataTypes.ShortType;
        case 32: return DataTypes.IntegerType;
        default: return DataTypes.LongType;
      }
    } else if (type instanceof ArrowType.FloatingPoint t) {
      return t.bitWidth() == 32 ? DataTypes.FloatType : DataTypes.DoubleType;
    } else if (type instanceof ArrowType.Utf8) {
      return DataTypes.StringType;
    } else if (type instanceof ArrowType.Binary || type instanceof ArrowType.FixedSizeBinary) {
      return DataTypes.BinaryType;
    } else if (type instanceof ArrowType.Decimal t) {
      return new DecimalType(t.precision(), t.scale());
    } else if (type instanceof ArrowType.Date) {
      return DataTypes.DateType;
    } else if (type instanceof ArrowType.Timestamp t) {
      return t.timeZone() == null ? DataTypes.TimestampNTZType : DataTypes.TimestampType;
    } else if (type instanceof ArrowType.Time) {
      return new TimeType(6);
    } else if (type instanceof ArrowType.Duration) {
      return new DayTimeIntervalType();
    } else if (type instanceof ArrowType.Interval t) {
      switch (t.unit()) {
        case YEAR_MONTH: return new YearMonthIntervalType();
        case MONTH_DAY_NANO: return DataTypes.CalendarIntervalType;
        default: return new DayTimeIntervalType();
      }
    } else if (type instanceof ArrowType.List || type instanceof ArrowType.FixedSizeList) {
      ArrowField element = field.child(0);
      return new ArrayType(dataType(element), element.nullable());
    } else if (type instanceof ArrowType.Map) {
      ArrowField entries = field.child(0);
      ArrowField value = entries.child(1);
      return new MapType(dataType(entries.child(0)), dataType(value), value.nullable());
    } else if (type instanceof ArrowType.Struct) {
      if (isVariant(field)) {
        return DataTypes.VariantType;
      }
      return struct(field.children());
    }
    throw new IllegalArgumentException("No Spark type for Arrow type " + type + " of field '" + field.name() + "'");
  }

  /** Whether {@code field} is the struct of (value, metadata) that Spark writes for a VARIANT. */
  public static boolean isVariant(ArrowField field) {
    if ("true".equals(field.metadata().get("variant"))) {
      return true;
    }
    return field.children().size() == 2
        && field.children().stream().anyMatch(child -> "true".equals(child.metadata().get("variant")));
  }

  private static StructType struct(List<ArrowField> fields) {
    List<StructField> result = new ArrayList<>(fields.size());
    for (ArrowField field : fields) {
      result.add(new StructField(field.name(), dataType(field), field.nullable()));
    }
    return new StructType(result);
  }

  // ---- Spark to Arrow ----

  /** The Arrow schema Spark sends for rows of {@code schema}. */
  public static ArrowSchema arrowSchema(StructType schema) {
    List<ArrowField> fields = new ArrayList<>();
    for (StructField field : schema) {
      fields.add(arrowField(field.name(), field.dataType(), field.nullable()));
    }
    return ArrowSchema.of(fields);
  }

  /** The Arrow field Spark uses for a field of {@code type}; a type with no Arrow form fails naming it. */
  public static ArrowField arrowField(String name, DataType type, boolean nullable) {
    if (type instanceof ArrayType array) {
      return new ArrowField(name, nullable, new ArrowType.List(false),
          List.of(arrowField("element", array.elementType(), array.containsNull())), Map.of());
    }
    if (type instanceof MapType map) {
      ArrowField entries = new ArrowField("entries", false, new ArrowType.Struct(), List.of(
          arrowField("key", map.keyType(), false), arrowField("value", map.valueType(), map.valueContainsNull())),
          Map.of());
      return new ArrowField(name, nullable, new ArrowType.Map(false), List.of(entries), Map.of());
    }
    if (type instanceof StructType struct) {
      List<ArrowField> children = new ArrayList<>();
      for (StructField field : struct) {
        children.add(arrowField(field.name(), field.dataType(), field.nullable()));
      }
      return new ArrowField(name, nullable, new ArrowType.Struct(), children, Map.of());
    }
    if (type instanceof VariantType) {
      return new ArrowField(name, nullable, new ArrowType.Struct(), List.of(
          ArrowField.of("value", false, new ArrowType.Binary(false)),
          new ArrowField("metadata", false, new ArrowType.Binary(false), List.of(), Map.of("variant", "true"))),
          Map.of());
    }
    return ArrowField.of(name, nullable, atomic(type, name));
  }

  private static ArrowType atomic(DataType type, String name) {
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
    throw new IllegalArgumentException("Field '" + name + "' of type " + type.simpleString()
        + " has no Arrow form in Spark Connect");
  }
}
