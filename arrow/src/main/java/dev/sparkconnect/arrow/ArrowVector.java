package dev.sparkconnect.arrow;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One column of a record batch, read in place from the IPC message body.
 *
 * <p>The accessors read one row's value of the matching physical type; calling one that does not
 * fit the field's {@link ArrowType} gives a meaningless value (the caller dispatches on the type
 * once per column, not once per value). Rows are numbered from 0 to {@link #valueCount()}
 * exclusive; nested values are addressed through {@link #child(int)} and the start and end
 * positions that {@link #elementStart(int)} and {@link #elementEnd(int)} return.
 */
public final class ArrowVector {

  private final ArrowField field;
  private final int valueCount;
  private final int nullCount;
  private final ByteBuffer validity;
  private final ByteBuffer values;
  private final ByteBuffer data;
  private final List<ArrowVector> children;
  private final int width;

  ArrowVector(
      ArrowField field,
      int valueCount,
      int nullCount,
      ByteBuffer validity,
      ByteBuffer values,
      ByteBuffer data,
      List<ArrowVector> children) {
    this.field = field;
    this.valueCount = valueCount;
    this.nullCount = nullCount;
    this.validity = nullCount == 0 ? null : validity;
    this.values = values;
    this.data = data;
    this.children = List.copyOf(children);
    this.width = ArrowLayout.valueWidth(field.type());
  }

  /** The schema field this column belongs to. */
  public ArrowField field() {
    return field;
  }

  /** The column's type, the same as {@code field().type()}. */
  public ArrowType type() {
    return field.type();
  }

  /** How many values (rows, for a top-level column) this vector holds. */
  public int valueCount() {
    return valueCount;
  }

  /** How many of them are null. */
  public int nullCount() {
    return nullCount;
  }

  /** The child vectors: the element of a list, the fields of a struct, the entries of a map. */
  public List<ArrowVector> children() {
    return children;
  }

  /** The child vector at {@code index}. */
  public ArrowVector child(int index) {
    return children.get(index);
  }

  /** Whether the value at {@code row} is null. */
  public boolean isNull(int row) {
    if (field.type() instanceof ArrowType.Null) {
      return true;
    }
    return validity != null && (validity.get(row >>> 3) & (1 << (row & 7))) == 0;
  }

  /** A {@link ArrowType.Bool} value. */
  public boolean getBoolean(int row) {
    return (values.get(row >>> 3) & (1 << (row & 7))) != 0;
  }

  /** An 8-bit integer. */
  public byte getByte(int row) {
    return values.get(row);
  }

  /** A 16-bit integer. */
  public short getShort(int row) {
    return values.getShort(row << 1);
  }

  /** A 32-bit integer: also dates in days, year-month intervals, 32-bit times. */
  public int getInt(int row) {
    return values.getInt(row << 2);
  }

  /** A 64-bit integer: also timestamps, durations, 64-bit times. */
  public long getLong(int row) {
    return values.getLong(row << 3);
  }

  /**
   * Copies {@code count} 8-bit integers starting at {@code row} into {@code target} from
   * {@code offset}: one bulk copy, the fastest way to take a column out.
   */
  public void copyBytes(int row, byte[] target, int offset, int count) {
    values.get(row, target, offset, count);
  }

  /** Copies {@code count} 16-bit integers starting at {@code row}; see {@link #copyBytes}. */
  public void copyShorts(int row, short[] target, int offset, int count) {
    values.asShortBuffer().get(row, target, offset, count);
  }

  /** Copies {@code count} 32-bit integers starting at {@code row}; see {@link #copyBytes}. */
  public void copyInts(int row, int[] target, int offset, int count) {
    values.asIntBuffer().get(row, target, offset, count);
  }

  /** Copies {@code count} 64-bit integers starting at {@code row}; see {@link #copyBytes}. */
  public void copyLongs(int row, long[] target, int offset, int count) {
    values.asLongBuffer().get(row, target, offset, count);
  }

  /** Copies {@code count} 32-bit floats starting at {@code row}; see {@link #copyBytes}. */
  public void copyFloats(int row, float[] target, int offset, int count) {
    values.asFloatBuffer().get(row, target, offset, count);
  }

  /** Copies {@code count} 64-bit doubles starting at {@code row}; see {@link #copyBytes}. */
  public void copyDoubles(int row, double[] target, int offset, int count) {
    values.asDoubleBuffer().get(row, target, offset, count);
  }

  /** An integer of any width, widened to a long. */
  public long getIntegral(int row) {
    switch (width) {
      case 1: return getByte(row);
      case 2: return getShort(row);
      case 4: return getInt(row);
      default: return getLong(row);
    }
  }

  /** A 32-bit float. */
  public float getFloat(int row) {
    return values.getFloat(row << 2);
  }

  /** A 64-bit double. */
  public double getDouble(int row) {
    return values.getDouble(row << 3);
  }

  /** A UTF-8 string, decoded. */
  public String getString(int row) {
    int start = elementStart(row);
    int length = elementEnd(row) - start;
    if (data.hasArray()) {
      return new String(data.array(), data.arrayOffset() + start, length, StandardCharsets.UTF_8);
    }
    byte[] bytes = new byte[length];
    data.get(start, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Binary bytes (variable or fixed width), copied into a new array. */
  public byte[] getBytes(int row) {
    if (field.type() instanceof ArrowType.FixedSizeBinary fixed) {
      byte[] bytes = new byte[fixed.byteWidth()];
      values.get(row * fixed.byteWidth(), bytes);
      return bytes;
    }
    int start = elementStart(row);
    byte[] bytes = new byte[elementEnd(row) - start];
    data.get(start, bytes);
    return bytes;
  }

  /** A decimal with the scale its type declares; the precision is the stored one. */
  public BigDecimal getDecimal(int row) {
    ArrowType.Decimal decimal = (ArrowType.Decimal) field.type();
    int byteWidth = decimal.bitWidth() / 8;
    int base = row * byteWidth;
    long low = values.getLong(base);
    boolean fitsInLong = true;
    long signExtension = low >> 63;
    for (int i = 8; i < byteWidth; i += 8) {
      if (values.getLong(base + i) != signExtension) {
        fitsInLong = false;
        break;
      }
    }
    if (fitsInLong) {
      return BigDecimal.valueOf(low, decimal.scale());
    }
    byte[] bigEndian = new byte[byteWidth];
    for (int i = 0; i < byteWidth; i++) {
      bigEndian[byteWidth - 1 - i] = values.get(base + i);
    }
    return new BigDecimal(new BigInteger(bigEndian), decimal.scale());
  }

  /** Months of a {@code MONTH_DAY_NANO} interval. */
  public int getIntervalMonths(int row) {
    return values.getInt(row * 16);
  }

  /** Days of a {@code MONTH_DAY_NANO} interval. */
  public int getIntervalDays(int row) {
    return values.getInt(row * 16 + 4);
  }

  /** Nanoseconds of a {@code MONTH_DAY_NANO} interval. */
  public long getIntervalNanos(int row) {
    return values.getLong(row * 16 + 8);
  }

  /**
   * Where the value at {@code row} starts: a byte offset into the data of a string or binary, or
   * an index into the child of a list or map.
   */
  public int elementStart(int row) {
    return offsetAt(row);
  }

  /** Where the value at {@code row} ends, exclusive; see {@link #elementStart(int)}. */
  public int elementEnd(int row) {
    return offsetAt(row + 1);
  }

  private int offsetAt(int index) {
    ArrowType type = field.type();
    if (type instanceof ArrowType.FixedSizeList fixed) {
      return index * fixed.listSize();
    }
    if (ArrowLayout.hasLargeOffsets(type)) {
      return Math.toIntExact(values.getLong(index << 3));
    }
    return values.getInt(index << 2);
  }

  @Override
  public String toString() {
    return "ArrowVector[" + field.name() + ": " + field.type() + ", " + valueCount + " values, "
        + nullCount + " null]";
  }
}
