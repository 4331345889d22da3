package dev.sparkconnect.arrow;

/**
 * The logical type of an Arrow field, as the IPC schema declares it.
 *
 * <p>Only the types that Spark (and so Spark Connect) writes are modelled; anything else is
 * rejected with an {@link ArrowFormatException} when the schema is read, never mis-decoded.
 */
public sealed interface ArrowType {

  /** How many buffers a vector of this type has in an IPC record batch (validity included). */
  int bufferCount();

  /** A column of nothing but nulls; it has no buffers at all. */
  record Null() implements ArrowType {
    @Override public int bufferCount() { return 0; }
  }

  /** Booleans packed eight to a byte, least significant bit first. */
  record Bool() implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** An integer of 8, 16, 32 or 64 bits. */
  record Int(int bitWidth, boolean signed) implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** A float ({@code 32} bits) or double ({@code 64} bits); 16-bit halves are not read. */
  record FloatingPoint(int bitWidth) implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** UTF-8 text; {@code large} when its offsets are 64-bit. */
  record Utf8(boolean large) implements ArrowType {
    @Override public int bufferCount() { return 3; }
  }

  /** Variable-length bytes; {@code large} when its offsets are 64-bit. */
  record Binary(boolean large) implements ArrowType {
    @Override public int bufferCount() { return 3; }
  }

  /** Bytes of one fixed width. */
  record FixedSizeBinary(int byteWidth) implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** A decimal stored as a two's complement little-endian integer of {@code bitWidth} bits. */
  record Decimal(int precision, int scale, int bitWidth) implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** Days (32-bit) or milliseconds (64-bit) since 1970-01-01. */
  record Date(TimeUnit unit) implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** A time of day in {@code unit}s since midnight, 32 or 64 bits wide. */
  record Time(TimeUnit unit, int bitWidth) implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** An instant ({@code timeZone} set) or a local date-time ({@code timeZone} null), 64 bits. */
  record Timestamp(TimeUnit unit, String timeZone) implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** An elapsed time in {@code unit}s, 64 bits. */
  record Duration(TimeUnit unit) implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** A calendar interval: months, days and time, laid out as {@code unit} says. */
  record Interval(IntervalUnit unit) implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** A variable-length list of its one child; {@code large} when its offsets are 64-bit. */
  record List(boolean large) implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** A list of exactly {@code listSize} child values per row. */
  record FixedSizeList(int listSize) implements ArrowType {
    @Override public int bufferCount() { return 1; }
  }

  /** A row of named children. */
  record Struct() implements ArrowType {
    @Override public int bufferCount() { return 1; }
  }

  /** A list of {@code entries} structs of (key, value). */
  record Map(boolean keysSorted) implements ArrowType {
    @Override public int bufferCount() { return 2; }
  }

  /** Units of time-based types. */
  enum TimeUnit { DAY, SECOND, MILLISECOND, MICROSECOND, NANOSECOND }

  /** Layouts of {@link Interval}. */
  enum IntervalUnit {
    /** One 32-bit count of months. */
    YEAR_MONTH,
    /** 32-bit days and 32-bit milliseconds. */
    DAY_TIME,
    /** 32-bit months, 32-bit days and 64-bit nanoseconds. */
    MONTH_DAY_NANO
  }
}
