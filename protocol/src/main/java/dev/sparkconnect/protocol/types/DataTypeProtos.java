package dev.sparkconnect.protocol.types;

import dev.sparkconnect.client.types.*;

import java.util.ArrayList;
import java.util.List;

/** Converts between the protocol's {@code DataType} messages and this package's types. */
public final class DataTypeProtos {

  private DataTypeProtos() {}

  /** The protocol message for {@code type}, as Apache Spark's client writes it. */
  public static dev.sparkconnect.proto.DataType toProto(DataType type) {
    dev.sparkconnect.proto.DataType.Builder proto = dev.sparkconnect.proto.DataType.newBuilder();
    if (type instanceof NullType) {
      proto.setNull(dev.sparkconnect.proto.DataType.NULL.getDefaultInstance());
    } else if (type instanceof BooleanType) {
      proto.setBoolean(dev.sparkconnect.proto.DataType.Boolean.getDefaultInstance());
    } else if (type instanceof ByteType) {
      proto.setByte(dev.sparkconnect.proto.DataType.Byte.getDefaultInstance());
    } else if (type instanceof ShortType) {
      proto.setShort(dev.sparkconnect.proto.DataType.Short.getDefaultInstance());
    } else if (type instanceof IntegerType) {
      proto.setInteger(dev.sparkconnect.proto.DataType.Integer.getDefaultInstance());
    } else if (type instanceof LongType) {
      proto.setLong(dev.sparkconnect.proto.DataType.Long.getDefaultInstance());
    } else if (type instanceof FloatType) {
      proto.setFloat(dev.sparkconnect.proto.DataType.Float.getDefaultInstance());
    } else if (type instanceof DoubleType) {
      proto.setDouble(dev.sparkconnect.proto.DataType.Double.getDefaultInstance());
    } else if (type instanceof StringType string) {
      proto.setString(dev.sparkconnect.proto.DataType.String.newBuilder().setCollation(string.collation()));
    } else if (type instanceof BinaryType) {
      proto.setBinary(dev.sparkconnect.proto.DataType.Binary.getDefaultInstance());
    } else if (type instanceof DateType) {
      proto.setDate(dev.sparkconnect.proto.DataType.Date.getDefaultInstance());
    } else if (type instanceof TimestampType) {
      proto.setTimestamp(dev.sparkconnect.proto.DataType.Timestamp.getDefaultInstance());
    } else if (type instanceof TimestampNTZType) {
      proto.setTimestampNtz(dev.sparkconnect.proto.DataType.TimestampNTZ.getDefaultInstance());
    } else if (type instanceof CalendarIntervalType) {
      proto.setCalendarInterval(dev.sparkconnect.proto.DataType.CalendarInterval.getDefaultInstance());
    } else if (type instanceof VariantType) {
      proto.setVariant(dev.sparkconnect.proto.DataType.Variant.getDefaultInstance());
    } else if (type instanceof DecimalType d) {
      proto.setDecimal(dev.sparkconnect.proto.DataType.Decimal.newBuilder().setPrecision(d.precision()).setScale(d.scale()));
    } else if (type instanceof CharType c) {
      proto.setChar(dev.sparkconnect.proto.DataType.Char.newBuilder().setLength(c.length()));
    } else if (type instanceof VarcharType v) {
      proto.setVarChar(dev.sparkconnect.proto.DataType.VarChar.newBuilder().setLength(v.length()));
    } else if (type instanceof TimeType t) {
      proto.setTime(dev.sparkconnect.proto.DataType.Time.newBuilder().setPrecision(t.precision()));
    } else if (type instanceof DayTimeIntervalType i) {
      proto.setDayTimeInterval(dev.sparkconnect.proto.DataType.DayTimeInterval.newBuilder()
          .setStartField(i.startField()).setEndField(i.endField()));
    } else if (type instanceof YearMonthIntervalType i) {
      proto.setYearMonthInterval(dev.sparkconnect.proto.DataType.YearMonthInterval.newBuilder()
          .setStartField(i.startField()).setEndField(i.endField()));
    } else if (type instanceof ArrayType a) {
      proto.setArray(dev.sparkconnect.proto.DataType.Array.newBuilder()
          .setElementType(toProto(a.elementType())).setContainsNull(a.containsNull()));
    } else if (type instanceof MapType m) {
      proto.setMap(dev.sparkconnect.proto.DataType.Map.newBuilder()
          .setKeyType(toProto(m.keyType())).setValueType(toProto(m.valueType()))
          .setValueContainsNull(m.valueContainsNull()));
    } else if (type instanceof StructType s) {
      dev.sparkconnect.proto.DataType.Struct.Builder struct = dev.sparkconnect.proto.DataType.Struct.newBuilder();
      for (StructField field : s) {
        struct.addFields(dev.sparkconnect.proto.DataType.StructField.newBuilder()
            .setName(field.name()).setDataType(toProto(field.dataType())).setNullable(field.nullable()));
      }
      proto.setStruct(struct);
    } else {
      throw new IllegalArgumentException("No protocol form for " + type);
    }
    return proto.build();
  }

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
      case STRING: {
        String collation = proto.getString().getCollation();
        return collation.isEmpty() ? DataTypes.StringType : DataTypes.createStringType(collation);
      }
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
