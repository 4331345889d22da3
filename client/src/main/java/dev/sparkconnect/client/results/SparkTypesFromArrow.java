package dev.sparkconnect.client.results;

import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.DayTimeIntervalType;
import dev.sparkconnect.client.types.DecimalType;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructField;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.client.types.TimeType;
import dev.sparkconnect.client.types.YearMonthIntervalType;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark type of an Arrow field, following the mapping Spark uses when it writes Arrow
 * (so that the mapping back is exact): a timestamp with a time zone is TIMESTAMP, one without is
 * TIMESTAMP_NTZ, a month-day-nano interval is the calendar INTERVAL, and so on.
 */
public final class SparkTypesFromArrow {

  private SparkTypesFromArrow() {}

  /** The schema of a result whose Arrow schema is {@code schema}. */
  public static StructType structType(ArrowSchema schema) {
    return struct(schema.fields());
  }

  /** The Spark type of {@code field}. */
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
    throw new IllegalArgumentException("No Spark type for Arrow type " + type);
  }

  /** Spark marks the struct of (value, metadata) that carries a VARIANT in the field's metadata. */
  static boolean isVariant(ArrowField field) {
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
}
