package dev.sparkconnect.client.columnar;

import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.arrow.ArrowVector;
import dev.sparkconnect.client.internal.results.ColumnReader;
import dev.sparkconnect.client.internal.results.ColumnReaders;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructField;
import dev.sparkconnect.client.types.StructType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One column of a {@link ColumnarBatch}: its values read in place from the bytes the server sent,
 * with primitive getters that neither box nor copy, and bulk getters that copy a run of values
 * into a Java array at memory speed.
 *
 * <p>The primitive getters read the value as Spark stores it, as Spark's own
 * {@code ColumnVector} does: a {@code DateType} is days since 1970-01-01 ({@link #getInt}), a
 * {@code TimestampType} or {@code TimestampNTZType} microseconds since the epoch ({@link #getLong}),
 * a {@code DayTimeIntervalType} microseconds ({@link #getLong}), a {@code YearMonthIntervalType}
 * months ({@link #getInt}), a {@code TimeType} nanoseconds of the day ({@link #getLong}). A column
 * that a server sent in another unit than Spark's is read with {@link #getObject} only, so that no
 * getter returns a number in a unit it does not name. A getter of another type than the column's fails at once, naming the
 * getters that fit. The value of a null slot is unspecified: check {@link #isNullAt} first where
 * {@link #hasNull()} says there are nulls. {@link #getObject} gives any value, nested ones too, as
 * the exact Java value a {@code Row} gives.
 *
 * <pre>{@code
 * ColumnVector amounts = batch.column("amount");   // a double column
 * double total = 0;
 * for (int row = 0; row < batch.numRows(); row++) {
 *   if (!amounts.isNullAt(row)) {
 *     total += amounts.getDouble(row);
 *   }
 * }
 * }</pre>
 *
 * <p>A vector is immutable and may be read from any number of threads.
 */
public final class ColumnVector {

  /** The physical values a column holds, which decides the getters that read it. */
  private enum Physical {
    BOOLEAN("getBoolean"), BYTE("getByte"), SHORT("getShort"), INT("getInt"), LONG("getLong"),
    FLOAT("getFloat"), DOUBLE("getDouble"), STRING("getString"), BINARY("getBinary"),
    DECIMAL("getDecimal"), NESTED("getChild"), OTHER("getObject");

    private final String getter;

    Physical(String getter) {
      this.getter = getter;
    }
  }

  private final ArrowVector vector;
  private final StructField field;
  private final Physical physical;
  private volatile ColumnReader objects;
  private volatile List<ColumnVector> children;

  ColumnVector(ArrowVector vector, StructField field) {
    this.vector = vector;
    this.field = field;
    this.physical = physical(vector.type());
  }

  /** The column's name. */
  public String name() {
    return field.name();
  }

  /** The column's Spark type. */
  public DataType dataType() {
    return field.dataType();
  }

  /** How many values the column holds: the batch's row count, for a top-level column. */
  public int size() {
    return vector.valueCount();
  }

  /** Whether any value is null. */
  public boolean hasNull() {
    return numNulls() > 0;
  }

  /** How many values are null. */
  public int numNulls() {
    return vector.type() instanceof ArrowType.Null ? vector.valueCount() : vector.nullCount();
  }

  /** Whether the value at {@code rowId} is null. */
  public boolean isNullAt(int rowId) {
    checkRow(rowId);
    return vector.isNull(rowId);
  }

  /** A boolean value. */
  public boolean getBoolean(int rowId) {
    check(Physical.BOOLEAN, "getBoolean", rowId);
    return vector.getBoolean(rowId);
  }

  /** A byte ({@code ByteType}) value. */
  public byte getByte(int rowId) {
    check(Physical.BYTE, "getByte", rowId);
    return vector.getByte(rowId);
  }

  /** A short ({@code ShortType}) value. */
  public short getShort(int rowId) {
    check(Physical.SHORT, "getShort", rowId);
    return vector.getShort(rowId);
  }

  /** An int value: {@code IntegerType}, a date in days since 1970-01-01, a year-month interval in months. */
  public int getInt(int rowId) {
    check(Physical.INT, "getInt", rowId);
    return vector.getInt(rowId);
  }

  /** A long value: {@code LongType}, a timestamp or day-time interval in microseconds, a time of day in nanoseconds. */
  public long getLong(int rowId) {
    check(Physical.LONG, "getLong", rowId);
    return vector.getLong(rowId);
  }

  /** A float value. */
  public float getFloat(int rowId) {
    check(Physical.FLOAT, "getFloat", rowId);
    return vector.getFloat(rowId);
  }

  /** A double value. */
  public double getDouble(int rowId) {
    check(Physical.DOUBLE, "getDouble", rowId);
    return vector.getDouble(rowId);
  }

  /** A string value, decoded from UTF-8; null where the value is null. */
  public String getString(int rowId) {
    check(Physical.STRING, "getString", rowId);
    return vector.isNull(rowId) ? null : vector.getString(rowId);
  }

  /** A binary value, copied; null where the value is null. */
  public byte[] getBinary(int rowId) {
    check(Physical.BINARY, "getBinary", rowId);
    return vector.isNull(rowId) ? null : vector.getBytes(rowId);
  }

  /** A decimal value with the column's scale; null where the value is null. */
  public BigDecimal getDecimal(int rowId) {
    check(Physical.DECIMAL, "getDecimal", rowId);
    return vector.isNull(rowId) ? null : vector.getDecimal(rowId);
  }

  /**
   * Any value as the exact Java value a {@code Row} gives for it ({@code Long}, {@code Instant},
   * {@code LocalDate}, {@code BigDecimal}, {@code List}, {@code Map}, {@code Row}, ...), or null.
   * Boxes: prefer the primitive getters in hot loops.
   */
  public Object getObject(int rowId) {
    checkRow(rowId);
    ColumnReader reader = objects;
    if (reader == null) {
      reader = ColumnReaders.create(vector, field.dataType());
      objects = reader;
    }
    return reader.read(rowId);
  }

  /** The {@code count} booleans from {@code rowId}, in a new array. */
  public boolean[] getBooleans(int rowId, int count) {
    checkRun(Physical.BOOLEAN, "getBooleans", rowId, count);
    boolean[] values = new boolean[count];
    for (int i = 0; i < count; i++) {
      values[i] = vector.getBoolean(rowId + i);
    }
    return values;
  }

  /** The {@code count} bytes from {@code rowId}, in a new array. */
  public byte[] getBytes(int rowId, int count) {
    checkRun(Physical.BYTE, "getBytes", rowId, count);
    byte[] values = new byte[count];
    vector.copyBytes(rowId, values, 0, count);
    return values;
  }

  /** The {@code count} shorts from {@code rowId}, in a new array. */
  public short[] getShorts(int rowId, int count) {
    checkRun(Physical.SHORT, "getShorts", rowId, count);
    short[] values = new short[count];
    vector.copyShorts(rowId, values, 0, count);
    return values;
  }

  /** The {@code count} ints from {@code rowId}, in a new array; see {@link #copyInts} to reuse one. */
  public int[] getInts(int rowId, int count) {
    int[] values = new int[count];
    copyInts(rowId, values, 0, count);
    return values;
  }

  /** The {@code count} longs from {@code rowId}, in a new array; see {@link #copyLongs} to reuse one. */
  public long[] getLongs(int rowId, int count) {
    long[] values = new long[count];
    copyLongs(rowId, values, 0, count);
    return values;
  }

  /** The {@code count} floats from {@code rowId}, in a new array. */
  public float[] getFloats(int rowId, int count) {
    checkRun(Physical.FLOAT, "getFloats", rowId, count);
    float[] values = new float[count];
    vector.copyFloats(rowId, values, 0, count);
    return values;
  }

  /** The {@code count} doubles from {@code rowId}, in a new array; see {@link #copyDoubles} to reuse one. */
  public double[] getDoubles(int rowId, int count) {
    double[] values = new double[count];
    copyDoubles(rowId, values, 0, count);
    return values;
  }

  /** Copies {@code count} ints from {@code rowId} into {@code target} from {@code offset}: one bulk copy. */
  public void copyInts(int rowId, int[] target, int offset, int count) {
    checkRun(Physical.INT, "copyInts", rowId, count);
    vector.copyInts(rowId, target, offset, count);
  }

  /** Copies {@code count} longs from {@code rowId} into {@code target} from {@code offset}: one bulk copy. */
  public void copyLongs(int rowId, long[] target, int offset, int count) {
    checkRun(Physical.LONG, "copyLongs", rowId, count);
    vector.copyLongs(rowId, target, offset, count);
  }

  /** Copies {@code count} doubles from {@code rowId} into {@code target} from {@code offset}: one bulk copy. */
  public void copyDoubles(int rowId, double[] target, int offset, int count) {
    checkRun(Physical.DOUBLE, "copyDoubles", rowId, count);
    vector.copyDoubles(rowId, target, offset, count);
  }

  /**
   * A nested column's part, itself a column: a struct's field {@code ordinal}, an array's
   * elements (ordinal 0), a map's keys (0) and values (1). The elements of an array or map value
   * at {@code rowId} are those from {@link #getArrayOffset} for {@link #getArrayLength}.
   */
  public ColumnVector getChild(int ordinal) {
    if (physical != Physical.NESTED) {
      throw new IllegalStateException("Column '" + name() + "' of type " + dataType().simpleString()
          + " has no children; read it with " + physical.getter);
    }
    List<ColumnVector> made = children;
    if (made == null) {
      made = makeChildren();
      children = made;
    }
    if (ordinal < 0 || ordinal >= made.size()) {
      throw new IndexOutOfBoundsException("Column '" + name() + "' has " + made.size() + " children, not "
          + (ordinal + 1));
    }
    return made.get(ordinal);
  }

  /** Where the elements of the array or map at {@code rowId} start in its children. */
  public int getArrayOffset(int rowId) {
    checkList(rowId);
    return vector.elementStart(rowId);
  }

  /** How many elements the array or map at {@code rowId} has. */
  public int getArrayLength(int rowId) {
    checkList(rowId);
    return vector.elementEnd(rowId) - vector.elementStart(rowId);
  }

  @Override
  public String toString() {
    return "ColumnVector[" + name() + ": " + dataType().simpleString() + ", " + size() + " values, "
        + numNulls() + " null]";
  }

  private List<ColumnVector> makeChildren() {
    DataType type = field.dataType();
    List<ColumnVector> made = new ArrayList<>();
    if (vector.type() instanceof ArrowType.Map) {
      ArrowVector entries = vector.child(0);
      MapType map = (MapType) type;
      made.add(new ColumnVector(entries.child(0), new StructField("key", map.keyType(), false)));
      made.add(new ColumnVector(entries.child(1), new StructField("value", map.valueType(), map.valueContainsNull())));
    } else if (type instanceof ArrayType array) {
      made.add(new ColumnVector(vector.child(0), new StructField("element", array.elementType(), array.containsNull())));
    } else if (type instanceof StructType struct) {
      for (int i = 0; i < struct.size(); i++) {
        made.add(new ColumnVector(vector.child(i), struct.apply(i)));
      }
    } else {
      // A variant: its value and metadata, as Arrow carries them.
      for (ArrowVector child : vector.children()) {
        made.add(new ColumnVector(child, new StructField(child.field().name(),
            DataTypes.BinaryType, child.field().nullable())));
      }
    }
    return List.copyOf(made);
  }

  private void check(Physical wanted, String getter, int rowId) {
    if (physical != wanted) {
      throw wrongGetter(getter);
    }
    checkRow(rowId);
  }

  private void checkRun(Physical wanted, String getter, int rowId, int count) {
    if (physical != wanted) {
      throw wrongGetter(getter);
    }
    if (rowId < 0 || count < 0 || rowId > vector.valueCount() - count) {
      throw new IndexOutOfBoundsException("Rows " + rowId + " to " + ((long) rowId + count) + " of column '" + name()
          + "', which has " + vector.valueCount());
    }
  }

  private void checkList(int rowId) {
    if (!(vector.type() instanceof ArrowType.List || vector.type() instanceof ArrowType.FixedSizeList
        || vector.type() instanceof ArrowType.Map)) {
      throw new IllegalStateException("Column '" + name() + "' of type " + dataType().simpleString()
          + " is not an array or map; read it with " + physical.getter);
    }
    checkRow(rowId);
  }

  private void checkRow(int rowId) {
    if (rowId < 0 || rowId >= vector.valueCount()) {
      throw new IndexOutOfBoundsException("Row " + rowId + " of column '" + name() + "', which has "
          + vector.valueCount());
    }
  }

  private IllegalStateException wrongGetter(String getter) {
    return new IllegalStateException(getter + " does not read column '" + name() + "' of type "
        + dataType().simpleString() + ": read it with "
        + (physical == Physical.OTHER ? "getObject" : physical.getter + " or getObject"));
  }

  private static Physical physical(ArrowType type) {
    if (type instanceof ArrowType.Bool) {
      return Physical.BOOLEAN;
    } else if (type instanceof ArrowType.Int t) {
      switch (t.bitWidth()) {
        case 8: return Physical.BYTE;
        case 16: return Physical.SHORT;
        case 32: return Physical.INT;
        default: return Physical.LONG;
      }
    } else if (type instanceof ArrowType.FloatingPoint t) {
      return t.bitWidth() == 32 ? Physical.FLOAT : Physical.DOUBLE;
    } else if (type instanceof ArrowType.Utf8) {
      return Physical.STRING;
    } else if (type instanceof ArrowType.Binary || type instanceof ArrowType.FixedSizeBinary) {
      return Physical.BINARY;
    } else if (type instanceof ArrowType.Decimal) {
      return Physical.DECIMAL;
    } else if (type instanceof ArrowType.Date d) {
      return d.unit() == ArrowType.TimeUnit.DAY ? Physical.INT : Physical.OTHER;
    } else if (type instanceof ArrowType.Timestamp t) {
      return t.unit() == ArrowType.TimeUnit.MICROSECOND ? Physical.LONG : Physical.OTHER;
    } else if (type instanceof ArrowType.Duration t) {
      return t.unit() == ArrowType.TimeUnit.MICROSECOND ? Physical.LONG : Physical.OTHER;
    } else if (type instanceof ArrowType.Time t) {
      return t.unit() == ArrowType.TimeUnit.NANOSECOND && t.bitWidth() == 64 ? Physical.LONG : Physical.OTHER;
    } else if (type instanceof ArrowType.Interval t) {
      return t.unit() == ArrowType.IntervalUnit.YEAR_MONTH ? Physical.INT : Physical.OTHER;
    } else if (type instanceof ArrowType.List || type instanceof ArrowType.FixedSizeList
        || type instanceof ArrowType.Map || type instanceof ArrowType.Struct) {
      return Physical.NESTED;
    }
    return Physical.OTHER;
  }
}
