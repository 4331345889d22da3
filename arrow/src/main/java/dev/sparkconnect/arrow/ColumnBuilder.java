package dev.sparkconnect.arrow;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds the buffers of one Arrow column (and its children) from Java values, one row at a time.
 *
 * <p>Accepted values per type: Boolean; any Number for integers and floating point; String for
 * UTF-8; byte[] for binary; BigDecimal for decimals (rescaled exactly to the type's scale, never
 * rounded); LocalDate or a day number for dates; Instant, LocalDateTime or a count of the unit for
 * timestamps; LocalTime for times; Duration for durations; Period for year-month intervals;
 * {@code long[]{months, days, nanoseconds}} for month-day-nano intervals; a List, Collection or
 * Object[] for lists; a Map for maps; an Object[] or List of field values for structs.
 */
final class ColumnBuilder {

  final ArrowField field;
  final GrowableBuffer validity = new GrowableBuffer();
  final GrowableBuffer values = new GrowableBuffer();
  final GrowableBuffer data = new GrowableBuffer();
  final List<ColumnBuilder> children = new ArrayList<>();
  int length;
  int nullCount;

  ColumnBuilder(ArrowField field) {
    this.field = field;
    for (ArrowField child : field.children()) {
      children.add(new ColumnBuilder(child));
    }
    if (ArrowLayout.hasOffsets(field.type())) {
      if (ArrowLayout.hasLargeOffsets(field.type())) {
        values.putLong(0);
      } else {
        values.putInt(0);
      }
    }
  }

  void append(Object value) {
    int index = length++;
    ArrowType type = field.type();
    if (type instanceof ArrowType.Null) {
      nullCount++;
      return;
    }
    if (value == null) {
      nullCount++;
      validity.setBit(index, false);
      appendPlaceholder(index);
      return;
    }
    validity.setBit(index, true);
    try {
      appendValue(index, value);
    } catch (ClassCastException e) {
      throw new IllegalArgumentException("field '" + field.name() + "' of Arrow type " + type + " cannot hold "
          + value.getClass().getSimpleName() + " value " + value, e);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("field '" + field.name() + "' of Arrow type " + type + " cannot hold "
          + value.getClass().getSimpleName() + " value " + value + ": " + e.getMessage(), e);
    }
  }

  private void appendPlaceholder(int index) {
    ArrowType type = field.type();
    if (type instanceof ArrowType.Bool) {
      values.setBit(index, false);
    } else if (ArrowLayout.hasOffsets(type)) {
      repeatLastOffset();
    } else if (type instanceof ArrowType.Struct) {
      for (ColumnBuilder child : children) {
        child.append(null);
      }
    } else if (type instanceof ArrowType.FixedSizeList fixed) {
      for (int i = 0; i < fixed.listSize(); i++) {
        children.get(0).append(null);
      }
    } else {
      values.putZeros(ArrowLayout.valueWidth(type));
    }
  }

  private void appendValue(int index, Object value) {
    ArrowType type = field.type();
    if (type instanceof ArrowType.Bool) {
      values.setBit(index, (Boolean) value);
    } else if (type instanceof ArrowType.Int t) {
      long n = ((Number) value).longValue();
      switch (t.bitWidth()) {
        case 8: values.putByte((int) n); break;
        case 16: values.putShort((int) n); break;
        case 32: values.putInt((int) n); break;
        default: values.putLong(n);
      }
    } else if (type instanceof ArrowType.FloatingPoint t) {
      if (t.bitWidth() == 32) {
        values.putInt(Float.floatToRawIntBits(((Number) value).floatValue()));
      } else {
        values.putLong(Double.doubleToRawLongBits(((Number) value).doubleValue()));
      }
    } else if (type instanceof ArrowType.Utf8) {
      appendBytes(((String) value).getBytes(StandardCharsets.UTF_8));
    } else if (type instanceof ArrowType.Binary) {
      appendBytes((byte[]) value);
    } else if (type instanceof ArrowType.FixedSizeBinary t) {
      byte[] bytes = (byte[]) value;
      if (bytes.length != t.byteWidth()) {
        throw new ArithmeticException(bytes.length + " bytes where " + t.byteWidth() + " are needed");
      }
      values.putBytes(bytes);
    } else if (type instanceof ArrowType.Decimal t) {
      appendDecimal(t, (BigDecimal) value);
    } else if (type instanceof ArrowType.Date t) {
      long days = value instanceof LocalDate date ? date.toEpochDay() : ((Number) value).longValue();
      if (t.unit() == ArrowType.TimeUnit.DAY) {
        values.putInt(Math.toIntExact(days));
      } else {
        values.putLong(Math.multiplyExact(days, 86_400_000L));
      }
    } else if (type instanceof ArrowType.Timestamp t) {
      long perSecond = perSecond(t.unit());
      if (value instanceof Instant instant) {
        values.putLong(count(instant.getEpochSecond(), instant.getNano(), perSecond));
      } else if (value instanceof LocalDateTime dateTime) {
        values.putLong(count(dateTime.toEpochSecond(ZoneOffset.UTC), dateTime.getNano(), perSecond));
      } else {
        values.putLong(((Number) value).longValue());
      }
    } else if (type instanceof ArrowType.Time t) {
      long perSecond = perSecond(t.unit());
      long count = value instanceof LocalTime time ? time.toNanoOfDay() / (1_000_000_000L / perSecond)
          : ((Number) value).longValue();
      if (t.bitWidth() == 32) {
        values.putInt(Math.toIntExact(count));
      } else {
        values.putLong(count);
      }
    } else if (type instanceof ArrowType.Duration t) {
      long perSecond = perSecond(t.unit());
      values.putLong(value instanceof Duration d ? count(d.getSeconds(), d.getNano(), perSecond)
          : ((Number) value).longValue());
    } else if (type instanceof ArrowType.Interval t) {
      appendInterval(t, value);
    } else if (type instanceof ArrowType.List || type instanceof ArrowType.FixedSizeList) {
      Collection<?> elements = value instanceof Object[] array ? List.of(array) : (Collection<?>) value;
      if (type instanceof ArrowType.FixedSizeList fixed && elements.size() != fixed.listSize()) {
        throw new ArithmeticException(elements.size() + " elements where " + fixed.listSize() + " are needed");
      }
      for (Object element : elements) {
        children.get(0).append(element);
      }
      if (type instanceof ArrowType.List) {
        appendOffset(children.get(0).length);
      }
    } else if (type instanceof ArrowType.Map) {
      ColumnBuilder entries = children.get(0);
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        entries.append(new Object[] {entry.getKey(), entry.getValue()});
      }
      appendOffset(entries.length);
    } else if (type instanceof ArrowType.Struct) {
      List<?> fields = value instanceof Object[] array ? java.util.Arrays.asList(array) : (List<?>) value;
      if (fields.size() != children.size()) {
        throw new ArithmeticException(fields.size() + " field values for a struct of " + children.size() + " fields");
      }
      for (int i = 0; i < children.size(); i++) {
        children.get(i).append(fields.get(i));
      }
    } else {
      throw new IllegalArgumentException("Cannot write Arrow type " + type);
    }
  }

  private void appendBytes(byte[] bytes) {
    data.putBytes(bytes);
    appendOffset(data.size());
  }

  private void appendOffset(int offset) {
    if (ArrowLayout.hasLargeOffsets(field.type())) {
      values.putLong(offset);
    } else {
      values.putInt(offset);
    }
  }

  private void repeatLastOffset() {
    if (field.type() instanceof ArrowType.List || field.type() instanceof ArrowType.Map) {
      appendOffset(children.get(0).length);
    } else {
      appendOffset(data.size());
    }
  }

  private void appendDecimal(ArrowType.Decimal type, BigDecimal value) {
    BigInteger unscaled = value.setScale(type.scale(), RoundingMode.UNNECESSARY).unscaledValue();
    if (unscaled.abs().toString().length() > type.precision()) {
      throw new ArithmeticException("more than " + type.precision() + " digits");
    }
    byte[] bigEndian = unscaled.toByteArray();
    int width = type.bitWidth() / 8;
    byte sign = (byte) (unscaled.signum() < 0 ? -1 : 0);
    for (int i = 0; i < width; i++) {
      int from = bigEndian.length - 1 - i;
      values.putByte(from >= 0 ? bigEndian[from] : sign);
    }
  }

  private void appendInterval(ArrowType.Interval type, Object value) {
    switch (type.unit()) {
      case YEAR_MONTH:
        values.putInt(value instanceof Period p ? Math.toIntExact(p.toTotalMonths()) : ((Number) value).intValue());
        break;
      case DAY_TIME: {
        long[] parts = (long[]) value;
        values.putInt((int) parts[0]);
        values.putInt((int) parts[1]);
        break;
      }
      default: {
        long[] parts = (long[]) value;
        values.putInt((int) parts[0]);
        values.putInt((int) parts[1]);
        values.putLong(parts[2]);
      }
    }
  }

  private static long count(long seconds, int nanos, long perSecond) {
    return Math.addExact(Math.multiplyExact(seconds, perSecond), nanos / (1_000_000_000L / perSecond));
  }

  private static long perSecond(ArrowType.TimeUnit unit) {
    switch (unit) {
      case SECOND: return 1;
      case MILLISECOND: return 1_000;
      case MICROSECOND: return 1_000_000;
      default: return 1_000_000_000;
    }
  }
}
