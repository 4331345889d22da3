package dev.sparkconnect.arrow;

import com.google.flatbuffers.FlatBufferBuilder;
import java.util.Map;
import org.apache.arrow.flatbuf.DateUnit;
import org.apache.arrow.flatbuf.Endianness;
import org.apache.arrow.flatbuf.Field;
import org.apache.arrow.flatbuf.IntervalUnit;
import org.apache.arrow.flatbuf.KeyValue;
import org.apache.arrow.flatbuf.Precision;
import org.apache.arrow.flatbuf.Schema;
import org.apache.arrow.flatbuf.TimeUnit;
import org.apache.arrow.flatbuf.Type;

/** Encodes an {@link ArrowSchema} as the flatbuffer {@code Schema} of an IPC message. */
final class ArrowSchemaWriter {

  private ArrowSchemaWriter() {}

  /** Adds {@code schema} to {@code builder}; returns its offset. */
  static int write(FlatBufferBuilder builder, ArrowSchema schema) {
    int[] fields = new int[schema.fields().size()];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = field(builder, schema.fields().get(i));
    }
    int fieldsVector = Schema.createFieldsVector(builder, fields);
    int metadata = metadata(builder, schema.metadata(), true);
    return Schema.createSchema(builder, Endianness.Little, fieldsVector, metadata, 0);
  }

  private static int field(FlatBufferBuilder builder, ArrowField field) {
    int name = builder.createString(field.name());
    int[] children = new int[field.children().size()];
    for (int i = 0; i < children.length; i++) {
      children[i] = field(builder, field.children().get(i));
    }
    int childrenVector = Field.createChildrenVector(builder, children);
    int metadata = metadata(builder, field.metadata(), false);
    int type = type(builder, field.type());
    Field.startField(builder);
    Field.addName(builder, name);
    Field.addNullable(builder, field.nullable());
    Field.addTypeType(builder, typeType(field.type()));
    Field.addType(builder, type);
    Field.addChildren(builder, childrenVector);
    if (metadata != 0) {
      Field.addCustomMetadata(builder, metadata);
    }
    return Field.endField(builder);
  }

  private static int metadata(FlatBufferBuilder builder, Map<String, String> metadata, boolean schemaLevel) {
    if (metadata.isEmpty()) {
      return 0;
    }
    int[] pairs = new int[metadata.size()];
    int i = 0;
    for (Map.Entry<String, String> entry : new java.util.TreeMap<>(metadata).entrySet()) {
      int key = builder.createString(entry.getKey());
      int value = builder.createString(entry.getValue());
      pairs[i++] = KeyValue.createKeyValue(builder, key, value);
    }
    return schemaLevel ? Schema.createCustomMetadataVector(builder, pairs) : Field.createCustomMetadataVector(builder, pairs);
  }

  private static byte typeType(ArrowType type) {
    if (type instanceof ArrowType.Null) return Type.Null;
    if (type instanceof ArrowType.Bool) return Type.Bool;
    if (type instanceof ArrowType.Int) return Type.Int;
    if (type instanceof ArrowType.FloatingPoint) return Type.FloatingPoint;
    if (type instanceof ArrowType.Utf8 t) return t.large() ? Type.LargeUtf8 : Type.Utf8;
    if (type instanceof ArrowType.Binary t) return t.large() ? Type.LargeBinary : Type.Binary;
    if (type instanceof ArrowType.FixedSizeBinary) return Type.FixedSizeBinary;
    if (type instanceof ArrowType.Decimal) return Type.Decimal;
    if (type instanceof ArrowType.Date) return Type.Date;
    if (type instanceof ArrowType.Time) return Type.Time;
    if (type instanceof ArrowType.Timestamp) return Type.Timestamp;
    if (type instanceof ArrowType.Duration) return Type.Duration;
    if (type instanceof ArrowType.Interval) return Type.Interval;
    if (type instanceof ArrowType.List t) return t.large() ? Type.LargeList : Type.List;
    if (type instanceof ArrowType.FixedSizeList) return Type.FixedSizeList;
    if (type instanceof ArrowType.Struct) return Type.Struct_;
    if (type instanceof ArrowType.Map) return Type.Map;
    throw new IllegalArgumentException("Cannot write Arrow type " + type);
  }

  private static int type(FlatBufferBuilder builder, ArrowType type) {
    if (type instanceof ArrowType.Int t) {
      return org.apache.arrow.flatbuf.Int.createInt(builder, t.bitWidth(), t.signed());
    } else if (type instanceof ArrowType.FloatingPoint t) {
      return org.apache.arrow.flatbuf.FloatingPoint.createFloatingPoint(builder,
          t.bitWidth() == 32 ? Precision.SINGLE : Precision.DOUBLE);
    } else if (type instanceof ArrowType.FixedSizeBinary t) {
      return org.apache.arrow.flatbuf.FixedSizeBinary.createFixedSizeBinary(builder, t.byteWidth());
    } else if (type instanceof ArrowType.Decimal t) {
      return org.apache.arrow.flatbuf.Decimal.createDecimal(builder, t.precision(), t.scale(), t.bitWidth());
    } else if (type instanceof ArrowType.Date t) {
      return org.apache.arrow.flatbuf.Date.createDate(builder,
          t.unit() == ArrowType.TimeUnit.DAY ? DateUnit.DAY : DateUnit.MILLISECOND);
    } else if (type instanceof ArrowType.Time t) {
      return org.apache.arrow.flatbuf.Time.createTime(builder, timeUnit(t.unit()), t.bitWidth());
    } else if (type instanceof ArrowType.Timestamp t) {
      int zone = t.timeZone() == null ? 0 : builder.createString(t.timeZone());
      return org.apache.arrow.flatbuf.Timestamp.createTimestamp(builder, timeUnit(t.unit()), zone);
    } else if (type instanceof ArrowType.Duration t) {
      return org.apache.arrow.flatbuf.Duration.createDuration(builder, timeUnit(t.unit()));
    } else if (type instanceof ArrowType.Interval t) {
      short unit = t.unit() == ArrowType.IntervalUnit.YEAR_MONTH ? IntervalUnit.YEAR_MONTH
          : t.unit() == ArrowType.IntervalUnit.DAY_TIME ? IntervalUnit.DAY_TIME : IntervalUnit.MONTH_DAY_NANO;
      return org.apache.arrow.flatbuf.Interval.createInterval(builder, unit);
    } else if (type instanceof ArrowType.FixedSizeList t) {
      return org.apache.arrow.flatbuf.FixedSizeList.createFixedSizeList(builder, t.listSize());
    } else if (type instanceof ArrowType.Map t) {
      return org.apache.arrow.flatbuf.Map.createMap(builder, t.keysSorted());
    }
    // Types without parameters are empty tables.
    builder.startTable(0);
    return builder.endTable();
  }

  private static short timeUnit(ArrowType.TimeUnit unit) {
    switch (unit) {
      case SECOND: return TimeUnit.SECOND;
      case MILLISECOND: return TimeUnit.MILLISECOND;
      case MICROSECOND: return TimeUnit.MICROSECOND;
      case NANOSECOND: return TimeUnit.NANOSECOND;
      default: throw new IllegalArgumentException("No Arrow time unit " + unit);
    }
  }
}
