package dev.sparkconnect.client.sketch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * A count-min sketch in Apache Spark's format: about how often each value occurred, in fixed
 * memory, never under the true count and over it by at most {@code relativeError() * totalCount()}
 * with probability {@code confidence()}. {@code df.stat().countMinSketch(...)} returns one the server
 * built; one made here with the same size and seed, given the same values, is equal to it bit for
 * bit, and each reads the other's bytes.
 *
 * <pre>{@code
 * CountMinSketch clicks = df.stat().countMinSketch("page", 0.001, 0.99, 42);
 * long aboutHowMany = clicks.estimateCount("/home");
 * }</pre>
 *
 * <p>Strings count as their UTF-8 bytes; whole numbers of every boxed type as their {@code long}
 * value. Not thread-safe.
 */
public final class CountMinSketch {

  private static final long PRIME_MODULUS = (1L << 31) - 1;
  private static final int VERSION = 1;

  private final int depth;
  private final int width;
  private final long[][] table;
  private final long[] hashA;
  private long totalCount;
  private final double eps;
  private final double confidence;

  private CountMinSketch(int depth, int width, long[] hashA, long[][] table, long totalCount) {
    this(depth, width, hashA, table, totalCount, 2.0 / width, 1 - 1 / Math.pow(2, depth));
  }

  private CountMinSketch(int depth, int width, long[] hashA, long[][] table, long totalCount, double eps,
      double confidence) {
    this.eps = eps;
    this.confidence = confidence;
    this.depth = depth;
    this.width = width;
    this.hashA = hashA;
    this.table = table;
    this.totalCount = totalCount;
  }

  /** An empty sketch of {@code depth} rows of {@code width} counters, hashed from {@code seed}. */
  public static CountMinSketch create(int depth, int width, int seed) {
    if (depth <= 0 || width <= 0) {
      throw new IllegalArgumentException("Depth and width must be both positive, not " + depth + " and " + width);
    }
    Random random = new Random(seed);
    long[] hashA = new long[depth];
    for (int i = 0; i < depth; i++) {
      hashA[i] = random.nextInt(Integer.MAX_VALUE);
    }
    return new CountMinSketch(depth, width, hashA, new long[depth][width], 0);
  }

  /**
   * An empty sketch whose estimates exceed the true count by at most {@code eps * totalCount()}
   * with probability {@code confidence}.
   */
  public static CountMinSketch create(double eps, double confidence, int seed) {
    if (!(eps > 0.0)) {
      throw new IllegalArgumentException("Relative error must be positive, not " + eps);
    }
    if (!(confidence > 0.0 && confidence < 1.0)) {
      throw new IllegalArgumentException("Confidence must be within range (0.0, 1.0), not " + confidence);
    }
    int width = (int) Math.ceil(2 / eps);
    int depth = (int) Math.ceil(-Math.log(1 - confidence) / Math.log(2));
    CountMinSketch sized = create(depth, width, seed);
    return new CountMinSketch(depth, width, sized.hashA, sized.table, 0, eps, confidence);
  }

  /**
   * The bound on over-counting, relative to {@link #totalCount()}: as given to {@link #create(double,
   * double, int)}, else {@code 2 / width}.
   */
  public double relativeError() {
    return eps;
  }

  /**
   * The probability that an estimate is within the relative error: as given to {@link #create(double,
   * double, int)}, else {@code 1 - 2^-depth}.
   */
  public double confidence() {
    return confidence;
  }

  /** The number of rows of counters. */
  public int depth() {
    return depth;
  }

  /** The number of counters in each row. */
  public int width() {
    return width;
  }

  /** The sum of every count added. */
  public long totalCount() {
    return totalCount;
  }

  /** Counts {@code item} once: a String, a byte[] or a whole number (Byte, Short, Integer, Long). */
  public void add(Object item) {
    add(item, 1);
  }

  /** Counts {@code item} {@code count} times. */
  public void add(Object item, long count) {
    if (item instanceof String text) {
      addString(text, count);
    } else if (item instanceof byte[] bytes) {
      addBinary(bytes, count);
    } else {
      addLong(wholeNumber(item), count);
    }
  }

  /** Counts a whole number once. */
  public void addLong(long item) {
    addLong(item, 1);
  }

  /** Counts a whole number {@code count} times. */
  public void addLong(long item, long count) {
    requireNonNegative(count);
    for (int i = 0; i < depth; i++) {
      table[i][bucket(item, i)] += count;
    }
    totalCount += count;
  }

  /** Counts a string once. */
  public void addString(String item) {
    addString(item, 1);
  }

  /** Counts a string {@code count} times. */
  public void addString(String item, long count) {
    addBinary(item.getBytes(StandardCharsets.UTF_8), count);
  }

  /** Counts bytes once. */
  public void addBinary(byte[] item) {
    addBinary(item, 1);
  }

  /** Counts bytes {@code count} times. */
  public void addBinary(byte[] item, long count) {
    requireNonNegative(count);
    int[] buckets = buckets(item);
    for (int i = 0; i < depth; i++) {
      table[i][buckets[i]] += count;
    }
    totalCount += count;
  }

  /** About how many times {@code item} was counted: never fewer than the true count. */
  public long estimateCount(Object item) {
    long least = Long.MAX_VALUE;
    if (item instanceof String || item instanceof byte[]) {
      byte[] bytes = item instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) item;
      int[] buckets = buckets(bytes);
      for (int i = 0; i < depth; i++) {
        least = Math.min(least, table[i][buckets[i]]);
      }
    } else {
      long number = wholeNumber(item);
      for (int i = 0; i < depth; i++) {
        least = Math.min(least, table[i][bucket(number, i)]);
      }
    }
    return least;
  }

  /** Adds every count of {@code other} (same depth, width and seed) to this sketch, and returns this sketch. */
  public CountMinSketch mergeInPlace(CountMinSketch other) throws IncompatibleMergeException {
    if (other == null) {
      throw new IncompatibleMergeException("Cannot merge null estimator");
    }
    if (other.depth != depth || other.width != width) {
      throw new IncompatibleMergeException("Cannot merge estimators of different depth or width: " + depth + "x"
          + width + " and " + other.depth + "x" + other.width);
    }
    if (!Arrays.equals(other.hashA, hashA)) {
      throw new IncompatibleMergeException("Cannot merge estimators of different seed");
    }
    for (int i = 0; i < depth; i++) {
      for (int j = 0; j < width; j++) {
        table[i][j] += other.table[i][j];
      }
    }
    totalCount += other.totalCount;
    return this;
  }

  private int bucket(long item, int row) {
    long hash = hashA[row] * item;
    hash += hash >> 32;
    hash &= PRIME_MODULUS;
    return ((int) hash) % width;
  }

  private int[] buckets(byte[] item) {
    int[] buckets = new int[depth];
    int hash1 = Murmur3.hashBytes(item, 0);
    int hash2 = Murmur3.hashBytes(item, hash1);
    for (int i = 0; i < depth; i++) {
      buckets[i] = Math.abs((hash1 + i * hash2) % width);
    }
    return buckets;
  }

  private static void requireNonNegative(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("Negative increments not implemented: " + count);
    }
  }

  private static long wholeNumber(Object item) {
    if (item instanceof Long || item instanceof Integer || item instanceof Short || item instanceof Byte) {
      return ((Number) item).longValue();
    }
    throw new IllegalArgumentException("A count-min sketch takes Strings, byte[] and whole numbers (Byte, Short, "
        + "Integer, Long), not " + (item == null ? "null" : item.getClass().getName()));
  }

  /** Writes this sketch in Spark's format. */
  public void writeTo(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(VERSION);
    data.writeLong(totalCount);
    data.writeInt(depth);
    data.writeInt(width);
    for (long a : hashA) {
      data.writeLong(a);
    }
    for (long[] row : table) {
      for (long counter : row) {
        data.writeLong(counter);
      }
    }
    data.flush();
  }

  /** This sketch's bytes in Spark's format. */
  public byte[] toByteArray() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /** Reads a sketch that Spark (or {@link #writeTo}) wrote. */
  public static CountMinSketch readFrom(byte[] bytes) throws IOException {
    if (bytes.length >= 20) {
      long depth = ((bytes[12] & 0xffL) << 24) | ((bytes[13] & 0xff) << 16) | ((bytes[14] & 0xff) << 8) | (bytes[15] & 0xff);
      long width = ((bytes[16] & 0xffL) << 24) | ((bytes[17] & 0xff) << 16) | ((bytes[18] & 0xff) << 8) | (bytes[19] & 0xff);
      if (20 + 8 * depth * (1 + width) > bytes.length) {
        throw new IOException("The count-min sketch's bytes end too soon: " + bytes.length + " bytes for a sketch of "
            + depth + "x" + width);
      }
    }
    return readFrom(new ByteArrayInputStream(bytes));
  }

  /**
   * Reads a sketch that Spark (or {@link #writeTo}) wrote.
   *
   * @throws IOException if the bytes are not a count-min sketch of Spark's format, or end too soon
   */
  public static CountMinSketch readFrom(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    try {
      int version = data.readInt();
      if (version != VERSION) {
        throw new IOException("Unexpected count-min sketch version number (" + version + "); Spark writes 1");
      }
      long totalCount = data.readLong();
      int depth = data.readInt();
      int width = data.readInt();
      if (depth <= 0 || width <= 0) {
        throw new IOException("A count-min sketch of depth " + depth + " and width " + width + "; both must be positive");
      }
      long[] hashA = readLongs(data, depth);
      long[][] table = new long[Math.min(depth, 1 << 10)][];
      for (int i = 0; i < depth; i++) {
        if (i == table.length) {
          table = Arrays.copyOf(table, (int) Math.min(depth, table.length * 2L));
        }
        table[i] = readLongs(data, width);
      }
      return new CountMinSketch(depth, width, hashA, table, totalCount);
    } catch (EOFException e) {
      throw new IOException("The count-min sketch's bytes end too soon", e);
    }
  }

  /** {@code count} longs, the array grown as they arrive, so that a corrupt count fails at the end of the data. */
  private static long[] readLongs(DataInputStream data, int count) throws IOException {
    long[] values = new long[Math.min(count, 1 << 16)];
    for (int i = 0; i < count; i++) {
      if (i == values.length) {
        values = Arrays.copyOf(values, (int) Math.min(count, values.length * 2L));
      }
      values[i] = data.readLong();
    }
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountMinSketch that && that.depth == depth && that.width == width
        && that.totalCount == totalCount && Arrays.equals(that.hashA, hashA) && Arrays.deepEquals(that.table, table);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Long.hashCode(totalCount) + Arrays.hashCode(hashA)) + Arrays.deepHashCode(table);
  }

  @Override
  public String toString() {
    return "CountMinSketch[" + depth + "x" + width + ", " + totalCount + " counted]";
  }
}
