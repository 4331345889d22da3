package dev.sparkconnect.client.internal.results;

import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.arrow.ArrowVector;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.CalendarInterval;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.client.types.VariantValue;
import dev.sparkconnect.protocol.arrow.SparkArrowTypes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the {@link ColumnReader} for an Arrow vector and the Spark type it carries.
 *
 * <p>Values are exact: integers keep their width, decimals their scale, timestamps their
 * microseconds, dates their full range (0001-01-01 to 9999-12-31), floating point its NaN,
 * infinities and negative zero.
 */
public final class ColumnReaders {

  private static final long MICROS_PER_SECOND = 1_000_000L;

  private ColumnReaders() {}

  /** One reader per column of {@code batch}, whose columns are the fields of {@code schema}. */
  public static ColumnReader[] forBatch(ArrowRecordBatch batch, StructType schema) {
    ColumnReader[] readers = new ColumnReader[batch.columns().size()];
    for (int c = 0; c < readers.length; c++) {
      readers[c] = create(batch.column(c), schema.apply(c).dataType());
    }
    return readers;
  }

  /** A reader of {@code vector}'s values as the Java values of {@code type}. */
  public static ColumnReader create(ArrowVector vector, DataType type) {
    ColumnReader values = valueReader(vector, type);
    if (vector.nullCount() == 0 && !(vector.type() instanceof ArrowType.Null)) {
      return values;
    }
    return row -> vector.isNull(row) ? null : values.read(row);
  }

  private static ColumnReader valueReader(ArrowVector vector, DataType type) {
    ArrowType arrow = vector.type();
    if (arrow instanceof ArrowType.Null) {
      return row -> null;
    } else if (arrow instanceof ArrowType.Bool) {
      return vector::getBoolean;
    } else if (arrow instanceof ArrowType.Int t) {
      switch (t.bitWidth()) {
        case 8: return vector::getByte;
        case 16: return vector::getShort;
        case 32: return vector::getInt;
        default: return vector::getLong;
      }
    } else if (arrow instanceof ArrowType.FloatingPoint t) {
      return t.bitWidth() == 32 ? (ColumnReader) vector::getFloat : vector::getDouble;
    } else if (arrow instanceof ArrowType.Utf8) {
      return vector::getString;
    } else if (arrow instanceof ArrowType.Binary || arrow instanceof ArrowType.FixedSizeBinary) {
      return vector::getBytes;
    } else if (arrow instanceof ArrowType.Decimal) {
      return vector::getDecimal;
    } else if (arrow instanceof ArrowType.Date t) {
      return t.unit() == ArrowType.TimeUnit.DAY
          ? row -> LocalDate.ofEpochDay(vector.getInt(row))
          : row -> LocalDate.ofEpochDay(Math.floorDiv(vector.getLong(row), 86_400_000L));
    } else if (arrow instanceof ArrowType.Timestamp t) {
      long perSecond = perSecond(t.unit());
      if (t.timeZone() == null) {
        return row -> {
          long value = vector.getLong(row);
          return LocalDateTime.ofEpochSecond(Math.floorDiv(value, perSecond),
              (int) (Math.floorMod(value, perSecond) * (1_000_000_000L / perSecond)), ZoneOffset.UTC);
        };
      }
      return row -> {
        long value = vector.getLong(row);
        return Instant.ofEpochSecond(Math.floorDiv(value, perSecond),
            Math.floorMod(value, perSecond) * (1_000_000_000L / perSecond));
      };
    } else if (arrow instanceof ArrowType.Time t) {
      long perSecond = perSecond(t.unit());
      return row -> LocalTime.ofNanoOfDay(vector.getIntegral(row) * (1_000_000_000L / perSecond));
    } else if (arrow instanceof ArrowType.Duration t) {
      long perSecond = perSecond(t.unit());
      return row -> {
        long value = vector.getLong(row);
        return Duration.ofSeconds(Math.floorDiv(value, perSecond),
            Math.floorMod(value, perSecond) * (1_000_000_000L / perSecond));
      };
    } else if (arrow instanceof ArrowType.Interval t) {
      switch (t.unit()) {
        case YEAR_MONTH:
          return row -> Period.ofMonths(vector.getInt(row)).normalized();
        case MONTH_DAY_NANO:
          return row -> new CalendarInterval(vector.getIntervalMonths(row), vector.getIntervalDays(row),
              vector.getIntervalNanos(row) / 1000);
        default:
          throw new IllegalArgumentException("Spark never sends a DAY_TIME Arrow interval");
      }
    } else if (arrow instanceof ArrowType.List || arrow instanceof ArrowType.FixedSizeList) {
      DataType elementType = type instanceof ArrayType a ? a.elementType() : SparkArrowTypes.dataType(vector.child(0).field());
      ColumnReader elements = create(vector.child(0), elementType);
      return row -> {
        int start = vector.elementStart(row);
        int end = vector.elementEnd(row);
        List<Object> list = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
          list.add(elements.read(i));
        }
        return Collections.unmodifiableList(list);
      };
    } else if (arrow instanceof ArrowType.Map) {
      MapType mapType = type instanceof MapType m ? m : (MapType) SparkArrowTypes.dataType(vector.field());
      ArrowVector entries = vector.child(0);
      ColumnReader keys = create(entries.child(0), mapType.keyType());
      ColumnReader values = create(entries.child(1), mapType.valueType());
      return row -> {
        int start = vector.elementStart(row);
        int end = vector.elementEnd(row);
        Map<Object, Object> map = new LinkedHashMap<>(Math.max(4, (end - start) * 4 / 3 + 1));
        for (int i = start; i < end; i++) {
          map.put(keys.read(i), values.read(i));
        }
        return Collections.unmodifiableMap(map);
      };
    } else if (arrow instanceof ArrowType.Struct) {
      if (type == DataTypes.VariantType) {
        boolean valueFirst = !"metadata".equals(vector.child(0).field().name());
        ColumnReader value = create(vector.child(valueFirst ? 0 : 1), DataTypes.BinaryType);
        ColumnReader metadata = create(vector.child(valueFirst ? 1 : 0), DataTypes.BinaryType);
        return row -> new VariantValue((byte[]) value.read(row), (byte[]) metadata.read(row));
      }
      StructType structType = type instanceof StructType s ? s : (StructType) SparkArrowTypes.dataType(vector.field());
      ColumnReader[] fields = new ColumnReader[vector.children().size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = create(vector.child(i), structType.apply(i).dataType());
      }
      return row -> {
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
          values[i] = fields[i].read(row);
        }
        return Rows.withSchema(values, structType);
      };
    }
    throw new IllegalArgumentException("No Java value for Arrow type " + arrow);
  }

  private static long perSecond(ArrowType.TimeUnit unit) {
    switch (unit) {
      case SECOND: return 1;
      case MILLISECOND: return 1_000;
      case MICROSECOND: return MICROS_PER_SECOND;
      case NANOSECOND: return 1_000_000_000L;
      default: throw new IllegalArgumentException("No sub-second unit " + unit);
    }
  }
}
