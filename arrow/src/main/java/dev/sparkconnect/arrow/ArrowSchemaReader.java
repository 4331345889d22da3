package dev.sparkconnect.arrow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.flatbuf.DateUnit;
import org.apache.arrow.flatbuf.Field;
import org.apache.arrow.flatbuf.IntervalUnit;
import org.apache.arrow.flatbuf.KeyValue;
import org.apache.arrow.flatbuf.Precision;
import org.apache.arrow.flatbuf.Schema;
import org.apache.arrow.flatbuf.TimeUnit;
import org.apache.arrow.flatbuf.Type;

/** Turns the flatbuffer {@code Schema} of an IPC message into an {@link ArrowSchema}. */
final class ArrowSchemaReader {

  private ArrowSchemaReader() {}

  /**
   * The deepest nesting read: far beyond any real schema (a Spark type nested 512 levels deep is
   * already past what Spark's own 1024-level protobuf limit lets it describe), and shallow enough
   * that every reader of the fields can recurse through it on a thread's default stack.
   */
  static final int MAX_DEPTH = 512;

  static ArrowSchema read(Schema schema) {
    List<ArrowField> fields = new ArrayList<>(Math.min(schema.fieldsLength(), 256));
    for (int i = 0; i < schema.fieldsLength(); i++) {
      fields.add(field(schema.fields(i), "field " + i, 1));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = 0; i < schema.customMetadataLength(); i++) {
      KeyValue kv = schema.customMetadata(i);
      metadata.put(kv.key(), kv.value());
    }
    return new ArrowSchema(fields, metadata);
  }

  private static ArrowField field(Field field, String where, int depth) {
    String name = field.name() == null ? "" : field.name();
    String path = where + " '" + name + "'";
    if (depth > MAX_DEPTH) {
      throw new ArrowFormatException("The Arrow schema nests deeper than " + MAX_DEPTH + " levels (at "
          + path.substring(0, Math.min(path.length(), 200)) + "...); no Spark type nests that deep");
    }
    if (field.dictionary() != null) {
      throw new ArrowFormatException(path + " is dictionary-encoded, which Spark never sends");
    }
    List<ArrowField> children = new ArrayList<>(Math.min(field.childrenLength(), 256));
    for (int i = 0; i < field.childrenLength(); i++) {
      children.add(field(field.children(i), depth < 8 ? path + " child " + i : where + " > child " + i, depth + 1));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = 0; i < field.customMetadataLength(); i++) {
      KeyValue kv = field.customMetadata(i);
      metadata.put(kv.key(), kv.value());
    }
    ArrowType type = type(field, path);
    expectChildren(type, children.size(), path);
    return new ArrowField(name, field.nullable(), type, children, metadata);
  }

  private static ArrowType type(Field field, String path) {
    byte typeType = field.typeType();
    switch (typeType) {
      case Type.Null:
        return new ArrowType.Null();
      case Type.Bool:
        return new ArrowType.Bool();
      case Type.Int: {
        org.apache.arrow.flatbuf.Int t = (org.apache.arrow.flatbuf.Int) field.type(new org.apache.arrow.flatbuf.Int());
        int width = t.bitWidth();
        if (width != 8 && width != 16 && width != 32 && width != 64) {
          throw new ArrowFormatException(path + " has an integer width of " + width + " bits");
        }
        return new ArrowType.Int(width, t.isSigned());
      }
      case Type.FloatingPoint: {
        org.apache.arrow.flatbuf.FloatingPoint t =
            (org.apache.arrow.flatbuf.FloatingPoint) field.type(new org.apache.arrow.flatbuf.FloatingPoint());
        if (t.precision() == Precision.SINGLE) {
          return new ArrowType.FloatingPoint(32);
        } else if (t.precision() == Precision.DOUBLE) {
          return new ArrowType.FloatingPoint(64);
        }
        throw new ArrowFormatException(path + " is a half-precision float, which Spark never sends");
      }
      case Type.Utf8:
        return new ArrowType.Utf8(false);
      case Type.LargeUtf8:
        return new ArrowType.Utf8(true);
      case Type.Binary:
        return new ArrowType.Binary(false);
      case Type.LargeBinary:
        return new ArrowType.Binary(true);
      case Type.FixedSizeBinary: {
        org.apache.arrow.flatbuf.FixedSizeBinary t =
            (org.apache.arrow.flatbuf.FixedSizeBinary) field.type(new org.apache.arrow.flatbuf.FixedSizeBinary());
        return new ArrowType.FixedSizeBinary(t.byteWidth());
      }
      case Type.Decimal: {
        org.apache.arrow.flatbuf.Decimal t = (org.apache.arrow.flatbuf.Decimal) field.type(new org.apache.arrow.flatbuf.Decimal());
        int width = t.bitWidth();
        if (width != 128 && width != 256) {
          throw new ArrowFormatException(path + " is a " + width + "-bit decimal; only 128 and 256 bits are read");
        }
        return new ArrowType.Decimal(t.precision(), t.scale(), width);
      }
      case Type.Date: {
        org.apache.arrow.flatbuf.Date t = (org.apache.arrow.flatbuf.Date) field.type(new org.apache.arrow.flatbuf.Date());
        return new ArrowType.Date(t.unit() == DateUnit.DAY ? ArrowType.TimeUnit.DAY : ArrowType.TimeUnit.MILLISECOND);
      }
      case Type.Time: {
        org.apache.arrow.flatbuf.Time t = (org.apache.arrow.flatbuf.Time) field.type(new org.apache.arrow.flatbuf.Time());
        return new ArrowType.Time(timeUnit(t.unit()), t.bitWidth());
      }
      case Type.Timestamp: {
        org.apache.arrow.flatbuf.Timestamp t =
            (org.apache.arrow.flatbuf.Timestamp) field.type(new org.apache.arrow.flatbuf.Timestamp());
        return new ArrowType.Timestamp(timeUnit(t.unit()), t.timezone());
      }
      case Type.Duration: {
        org.apache.arrow.flatbuf.Duration t =
            (org.apache.arrow.flatbuf.Duration) field.type(new org.apache.arrow.flatbuf.Duration());
        return new ArrowType.Duration(timeUnit(t.unit()));
      }
      case Type.Interval: {
        org.apache.arrow.flatbuf.Interval t =
            (org.apache.arrow.flatbuf.Interval) field.type(new org.apache.arrow.flatbuf.Interval());
        switch (t.unit()) {
          case IntervalUnit.YEAR_MONTH: return new ArrowType.Interval(ArrowType.IntervalUnit.YEAR_MONTH);
          case IntervalUnit.DAY_TIME: return new ArrowType.Interval(ArrowType.IntervalUnit.DAY_TIME);
          case IntervalUnit.MONTH_DAY_NANO: return new ArrowType.Interval(ArrowType.IntervalUnit.MONTH_DAY_NANO);
          default: throw new ArrowFormatException(path + " has an unknown interval unit " + t.unit());
        }
      }
      case Type.List:
        return new ArrowType.List(false);
      case Type.LargeList:
        return new ArrowType.List(true);
      case Type.FixedSizeList: {
        org.apache.arrow.flatbuf.FixedSizeList t =
            (org.apache.arrow.flatbuf.FixedSizeList) field.type(new org.apache.arrow.flatbuf.FixedSizeList());
        return new ArrowType.FixedSizeList(t.listSize());
      }
      case Type.Struct_:
        return new ArrowType.Struct();
      case Type.Map: {
        org.apache.arrow.flatbuf.Map t = (org.apache.arrow.flatbuf.Map) field.type(new org.apache.arrow.flatbuf.Map());
        return new ArrowType.Map(t.keysSorted());
      }
      default: {
        String name = typeType >= 0 && typeType < Type.names.length ? Type.name(typeType) : "#" + typeType;
        throw new ArrowFormatException(path + " has Arrow type " + name + ", which this reader does not support");
      }
    }
  }

  private static void expectChildren(ArrowType type, int count, String path) {
    int expected;
    if (type instanceof ArrowType.List || type instanceof ArrowType.FixedSizeList || type instanceof ArrowType.Map) {
      expected = 1;
    } else if (type instanceof ArrowType.Struct) {
      return;
    } else {
      expected = 0;
    }
    if (count != expected) {
      throw new ArrowFormatException(path + " of type " + type + " has " + count + " children, expected " + expected);
    }
  }

  private static ArrowType.TimeUnit timeUnit(short unit) {
    switch (unit) {
      case TimeUnit.SECOND: return ArrowType.TimeUnit.SECOND;
      case TimeUnit.MILLISECOND: return ArrowType.TimeUnit.MILLISECOND;
      case TimeUnit.MICROSECOND: return ArrowType.TimeUnit.MICROSECOND;
      case TimeUnit.NANOSECOND: return ArrowType.TimeUnit.NANOSECOND;
      default: throw new ArrowFormatException("unknown Arrow time unit " + unit);
    }
  }
}
