package dev.sparkconnect.client.types;

import java.util.ArrayList;
import java.util.List;

/** Converts between the protocol's {@code DataType} messages and this package's types. */
public final class DataTypeProtos {

  private DataTypeProtos() {}

  /**
   * The type that {@code proto} describes.
   *
   * @throws IllegalArgumentException for a kind this client does not know (a newer server's)
   */
  public static DataType fromProto(dev.sparkconnect.proto.DataType proto) {
    switch (proto.getKindCase()) {
      case NULL: return DataTypes.NullType;
      case BINARY: return DataTypes.BinaryType;
      case BOOLEAN: return DataTypes.BooleanType;
      case BYTE: return DataTypes.ByteType;
      case SHORT: return DataTypes.ShortType;
      case INTEGER: return DataTypes.IntegerType;
      case LONG: return DataTypes.LongType;
      case FLOAT: return DataTypes.FloatType;
      case DOUBLE: return DataTypes.DoubleType;
      case DECIMAL: {
        dev.sparkconnect.proto.DataType.Decimal d = proto.getDecimal();
        return new DecimalType(d.hasPrecision() ? d.getPrecision() : 10, d.hasScale() ? d.getScale() : 0);
      }
      case STRING: return DataTypes.StringType;
      case CHAR: return new CharType(proto.getChar().getLength());
      case VAR_CHAR: return new VarcharType(proto.getVarChar().getLength());
      case DATE: return DataTypes.DateType;
      case TIMESTAMP: return DataTypes.TimestampType;
      case TIMESTAMP_NTZ: return DataTypes.TimestampNTZType;
      case CALENDAR_INTERVAL: return DataTypes.CalendarIntervalType;
      case YEAR_MONTH_INTERVAL: {
        dev.sparkconnect.proto.DataType.YearMonthInterval i = proto.getYearMonthInterval();
        return new YearMonthIntervalType(
            (byte) (i.hasStartField() ? i.getStartField() : YearMonthIntervalType.YEAR),
            (byte) (i.hasEndField() ? i.getEndField() : YearMonthIntervalType.MONTH));
      }
      case DAY_TIME_INTERVAL: {
        dev.sparkconnect.proto.DataType.DayTimeInterval i = proto.getDayTimeInterval();
        return new DayTimeIntervalType(
            (byte) (i.hasStartField() ? i.getStartField() : DayTimeIntervalType.DAY),
            (byte) (i.hasEndField() ? i.getEndField() : DayTimeIntervalType.SECOND));
      }
      case ARRAY:
        return new ArrayType(fromProto(proto.getArray().getElementType()), proto.getArray().getContainsNull());
      case MAP:
        return new MapType(fromProto(proto.getMap().getKeyType()), fromProto(proto.getMap().getValueType()),
            proto.getMap().getValueContainsNull());
      case STRUCT: {
        List<StructField> fields = new ArrayList<>();
        for (dev.sparkconnect.proto.DataType.StructField f : proto.getStruct().getFieldsList()) {
          fields.add(new StructField(f.getName(), fromProto(f.getDataType()), f.getNullable()));
        }
        return new StructType(fields);
      }
      case VARIANT: return DataTypes.VariantType;
      case TIME: return new TimeType(proto.getTime().hasPrecision() ? proto.getTime().getPrecision() : 6);
      case UDT:
        if (proto.getUdt().hasSqlType()) {
          return fromProto(proto.getUdt().getSqlType());
        }
        throw new IllegalArgumentException("A user-defined type without its SQL type: " + proto.getUdt().getJvmClass());
      default:
        throw new IllegalArgumentException("The server sent a data type this client does not know yet: "
            + proto.getKindCase());
    }
  }
}
