package dev.sparkconnect.mock;

import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.proto.DataType;

/**
 * The Spark type of a recorded Arrow schema, for answering {@code AnalyzePlan(schema)} about a plan
 * whose execution was recorded but whose schema was never asked for. Spark writes each of its types
 * to one Arrow layout, so the way back is unambiguous for the types that matter to a client.
 */
final class SparkTypesOfArrow {

  private SparkTypesOfArrow() {}

  static DataType schema(ArrowSchema schema) {
    DataType.Struct.Builder struct = DataType.Struct.newBuilder();
    for (ArrowField field : schema.fields()) {
      struct.addFields(field(field));
    }
    return DataType.newBuilder().setStruct(struct).build();
  }

  private static DataType.StructField field(ArrowField field) {
    return DataType.StructField.newBuilder()
        .setName(field.name()).setNullable(field.nullable()).setDataType(type(field)).build();
  }

  private static DataType type(ArrowField field) {
    DataType.Builder type = DataType.newBuilder();
    ArrowType arrow = field.type();
    if (arrow instanceof ArrowType.Null) {
      type.setNull(DataType.NULL.getDefaultInstance());
    } else if (arrow instanceof ArrowType.Bool) {
      type.setBoolean(DataType.Boolean.getDefaultInstance());
    } else if (arrow instanceof ArrowType.Int integer) {
      switch (integer.bitWidth()) {
        case 8 -> type.setByte(DataType.Byte.getDefaultInstance());
        case 16 -> type.setShort(DataType.Short.getDefaultInstance());
        case 32 -> type.setInteger(DataType.Integer.getDefaultInstance());
        default -> type.setLong(DataType.Long.getDefaultInstance());
      }
    } else if (arrow instanceof ArrowType.FloatingPoint floating) {
      if (floating.bitWidth() == 32) {
        type.setFloat(DataType.Float.getDefaultInstance());
      } else {
        type.setDouble(DataType.Double.getDefaultInstance());
      }
    } else if (arrow instanceof ArrowType.Utf8) {
      type.setString(DataType.String.getDefaultInstance());
    } else if (arrow instanceof ArrowType.Binary) {
      type.setBinary(DataType.Binary.getDefaultInstance());
    } else if (arrow instanceof ArrowType.Decimal decimal) {
      type.setDecimal(DataType.Decimal.newBuilder().setPrecision(decimal.precision()).setScale(decimal.scale()));
    } else if (arrow instanceof ArrowType.Date) {
      type.setDate(DataType.Date.getDefaultInstance());
    } else if (arrow instanceof ArrowType.Timestamp timestamp) {
      if (timestamp.timeZone() == null) {
        type.setTimestampNtz(DataType.TimestampNTZ.getDefaultInstance());
      } else {
        type.setTimestamp(DataType.Timestamp.getDefaultInstance());
      }
    } else if (arrow instanceof ArrowType.Duration) {
      type.setDayTimeInterval(DataType.DayTimeInterval.newBuilder().setStartField(0).setEndField(3));
    } else if (arrow instanceof ArrowType.Interval interval) {
      if (interval.unit() == ArrowType.IntervalUnit.YEAR_MONTH) {
        type.setYearMonthInterval(DataType.YearMonthInterval.newBuilder().setStartField(0).setEndField(1));
      } else {
        type.setCalendarInterval(DataType.CalendarInterval.getDefaultInstance());
      }
    } else if (arrow instanceof ArrowType.List) {
      ArrowField element = field.child(0);
      type.setArray(DataType.Array.newBuilder().setElementType(type(element)).setContainsNull(element.nullable()));
    } else if (arrow instanceof ArrowType.Map) {
      ArrowField entries = field.child(0);
      ArrowField value = entries.child(1);
      type.setMap(DataType.Map.newBuilder().setKeyType(type(entries.child(0)))
          .setValueType(type(value)).setValueContainsNull(value.nullable()));
    } else if (arrow instanceof ArrowType.Struct) {
      DataType.Struct.Builder struct = DataType.Struct.newBuilder();
      for (ArrowField child : field.children()) {
        struct.addFields(field(child));
      }
      type.setStruct(struct);
    } else {
      type.setBinary(DataType.Binary.getDefaultInstance());
    }
    return type.build();
  }
}
