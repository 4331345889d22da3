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
import java.util.Objects;

/**
 * A Bloom filter in Apache Spark's format: whether a value might have been put in it (never a
 * false "no", false "yes" at about the expected rate). {@code df.stat().bloomFilter(...)} returns
 * one built by the server; one made here, filled with the same values, has the same bits, and each
 * reads the other's bytes ({@link #writeTo}, {@link #readFrom(byte[])}).
 *
 * <pre>{@code
 * BloomFilter seen = df.stat().bloomFilter("user_id", 1_000_000, 0.01);
 * if (!seen.mightContainLong(42L)) { ... certainly absent ... }
 * }</pre>
 *
 * <p>Spark has two formats: version 1 (Spark before 4.1; hashes with seed 0) and version 2 (the
 * default from Spark 4.1, with a seed and a better spread of hash values over large filters). Both
 * are read and written. Strings are hashed as their UTF-8 bytes; whole numbers of every boxed type as
 * their {@code long} value. Not thread-safe.
 */
public final class BloomFilter {

  /** The default false-positive probability, as Spark's: 3%. */
  public static final double DEFAULT_FPP = 0.03;

  /** Spark's serialized formats. */
  public enum Version {
    /** Spark's first format: no seed, 32-bit combined hashes. */
    V1(1),
    /** The format of Spark 4.1 and later: a seed, and 64-bit combined hashes. */
    V2(2);

    private final int number;

    Version(int number) {
      this.number = number;
    }

    /** The number that starts a filter's bytes. */
    public int getVersionNumber() {
      return number;
    }
  }

  private final Version version;
  private final int numHashFunctions;
  private final int seed;
  private final BitArray bits;

  private BloomFilter(Version version, int numHashFunctions, int seed, BitArray bits) {
    this.version = version;
    this.numHashFunctions = numHashFunctions;
    this.seed = seed;
    this.bits = bits;
  }

  /** A filter for {@code expectedNumItems} values with a 3% false-positive probability. */
  public static BloomFilter create(long expectedNumItems) {
    return create(expectedNumItems, DEFAULT_FPP);
  }

  /** A filter for {@code expectedNumItems} values with false-positive probability {@code fpp}. */
  public static BloomFilter create(long expectedNumItems, double fpp) {
    if (!(fpp > 0.0 && fpp < 1.0)) {
      throw new IllegalArgumentException("False positive probability must be within range (0.0, 1.0), not " + fpp);
    }
    return create(expectedNumItems, optimalNumOfBits(expectedNumItems, fpp));
  }

  /** A filter of {@code numBits} bits for {@code expectedNumItems} values, in Spark's current format (V2, seed 0). */
  public static BloomFilter create(long expectedNumItems, long numBits) {
    return create(Version.V2, expectedNumItems, numBits, 0);
  }

  /** As {@link #create(long, long)}, with the hash seed {@code seed}. */
  public static BloomFilter create(long expectedNumItems, long numBits, int seed) {
    return create(Version.V2, expectedNumItems, numBits, seed);
  }

  /** A filter in format {@code version} (V1 ignores the seed: it always hashes with 0). */
  public static BloomFilter create(Version version, long expectedNumItems, long numBits, int seed) {
    if (expectedNumItems <= 0) {
      throw new IllegalArgumentException("Expected insertions must be positive, not " + expectedNumItems);
    }
    if (numBits <= 0) {
      throw new IllegalArgumentException("Number of bits must be positive, not " + numBits);
    }
    Objects.requireNonNull(version, "version");
    return new BloomFilter(version, optimalNumOfHashFunctions(expectedNumItems, numBits),
        version == Version.V1 ? 0 : seed, new BitArray(numBits));
  }

  /** The number of bits that gives false-positive probability {@code fpp} for {@code n} values. */
  public static long optimalNumOfBits(long n, double fpp) {
    return (long) (-n * Math.log(fpp) / (Math.log(2) * Math.log(2)));
  }

  /**
   * The number of bits for {@code n} values, sized as if for {@code maxN} values at 3%, and at most
   * {@code maxNumBits}: Spark's rule for filters whose item count is only an estimate.
   */
  public static long optimalNumOfBits(long n, long maxN, long maxNumBits) {
    double fpp = Math.min(n / ((double) maxN / DEFAULT_FPP), DEFAULT_FPP);
    return Math.min(optimalNumOfBits(n, fpp), maxNumBits);
  }

  private static int optimalNumOfHashFunctions(long n, long m) {
    return Math.max(1, (int) Math.round((double) m / n * Math.log(2)));
  }

  /** The format this filter is written in. */
  public Version version() {
    return version;
  }

  /** The probability that {@link #mightContain} says yes for a value never put in, given the bits set now. */
  public double expectedFpp() {
    return Math.pow((double) bits.cardinality() / bits.bitSize(), numHashFunctions);
  }

  /** The number of bits (a multiple of 64). */
  public long bitSize() {
    return bits.bitSize();
  }

  /** The number of bits set. */
  public long cardinality() {
    return bits.cardinality();
  }

  /**
   * Puts {@code item}: a String, a byte[] or a whole number (Byte, Short, Integer, Long).
   *
   * @return whether any bit changed (false means the filter may already have held it)
   */
  public boolean put(Object item) {
    if (item instanceof String text) {
      return putString(text);
    }
    if (item instanceof byte[] bytes) {
      return putBinary(bytes);
    }
    return putLong(wholeNumber(item));
  }

  /** Puts a string (its UTF-8 bytes). */
  public boolean putString(String item) {
    return putBinary(item.getBytes(StandardCharsets.UTF_8));
  }

  /** Puts a whole number. */
  public boolean putLong(long item) {
    int h1 = Murmur3.hashLong(item, seed);
    return scatter(h1, Murmur3.hashLong(item, h1), true);
  }

  /** Puts bytes. */
  public boolean putBinary(byte[] item) {
    int h1 = Murmur3.hashBytes(item, seed);
    return scatter(h1, Murmur3.hashBytes(item, h1), true);
  }

  /** Whether {@code item} (see {@link #put}) might have been put: false means certainly not. */
  public boolean mightContain(Object item) {
    if (item instanceof String text) {
      return mightContainString(text);
    }
    if (item instanceof byte[] bytes) {
      return mightContainBinary(bytes);
    }
    return mightContainLong(wholeNumber(item));
  }

  /** Whether the string might have been put. */
  public boolean mightContainString(String item) {
    return mightContainBinary(item.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the whole number might have been put. */
  public boolean mightContainLong(long item) {
    int h1 = Murmur3.hashLong(item, seed);
    return scatter(h1, Murmur3.hashLong(item, h1), false);
  }

  /** Whether the bytes might have been put. */
  public boolean mightContainBinary(byte[] item) {
    int h1 = Murmur3.hashBytes(item, seed);
    return scatter(h1, Murmur3.hashBytes(item, h1), false);
  }

  /** Sets ({@code set}) or tests the item's bits: whether any changed, or whether all are set. */
  private boolean scatter(int h1, int h2, boolean set) {
    long bitSize = bits.bitSize();
    boolean changed = false;
    if (version == Version.V1) {
      for (int i = 1; i <= numHashFunctions; i++) {
        int combined = h1 + i * h2;
        long index = (combined < 0 ? ~combined : combined) % bitSize;
        if (set) {
          changed |= bits.set(index);
        } else if (!bits.get(index)) {
          return false;
        }
      }
    } else {
      long combined = (long) h1 * Integer.MAX_VALUE;
      for (int i = 0; i < numHashFunctions; i++) {
        combined += h2;
        long index = (combined < 0 ? ~combined : combined) % bitSize;
        if (set) {
          changed |= bits.set(index);
        } else if (!bits.get(index)) {
          return false;
        }
      }
    }
    return set ? changed : true;
  }

  /** Whether {@code other} can be merged into this one: same format, size, hash functions and seed. */
  public boolean isCompatible(BloomFilter other) {
    return other != null && other.version == version && other.bitSize() == bitSize()
        && other.numHashFunctions == numHashFunctions && other.seed == seed;
  }

  /** Adds every value of {@code other} to this filter (the union), and returns this filter. */
  public BloomFilter mergeInPlace(BloomFilter other) throws IncompatibleMergeException {
    requireCompatible(other);
    bits.or(other.bits);
    return this;
  }

  /** Keeps only the bits {@code other} also has (the intersection, approximately), and returns this filter. */
  public BloomFilter intersectInPlace(BloomFilter other) throws IncompatibleMergeException {
    requireCompatible(other);
    bits.and(other.bits);
    return this;
  }

  private void requireCompatible(BloomFilter other) throws IncompatibleMergeException {
    if (other == null) {
      throw new IncompatibleMergeException("Cannot merge null bloom filter");
    }
    if (other.version != version) {
      throw new IncompatibleMergeException("Cannot merge a bloom filter of format " + other.version + " into one of "
          + version);
    }
    if (other.bitSize() != bitSize()) {
      throw new IncompatibleMergeException("Cannot merge bloom filters with different bit size");
    }
    if (other.seed != seed) {
      throw new IncompatibleMergeException("Cannot merge bloom filters with different seeds");
    }
    if (other.numHashFunctions != numHashFunctions) {
      throw new IncompatibleMergeException("Cannot merge bloom filters with different number of hash functions");
    }
  }

  /** Writes this filter in Spark's format (its version's). */
  public void writeTo(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(version.getVersionNumber());
    data.writeInt(numHashFunctions);
    if (version == Version.V2) {
      data.writeInt(seed);
    }
    bits.writeTo(data);
    data.flush();
  }

  /** This filter's bytes in Spark's format. */
  public byte[] toByteArray() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /** Reads a filter that Spark (or {@link #writeTo}) wrote, of either format. */
  public static BloomFilter readFrom(byte[] bytes) throws IOException {
    return readFrom(new ByteArrayInputStream(bytes));
  }

  /**
   * Reads a filter that Spark (or {@link #writeTo}) wrote, of either format.
   *
   * @throws IOException if the bytes are not a Bloom filter of a known format, or end too soon
   */
  public static BloomFilter readFrom(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    try {
      int number = data.readInt();
      Version version = number == 1 ? Version.V1 : number == 2 ? Version.V2 : null;
      if (version == null) {
        throw new IOException("Unexpected Bloom filter version number (" + number + "); Spark writes 1 or 2");
      }
      int numHashFunctions = data.readInt();
      if (numHashFunctions <= 0) {
        throw new IOException("A Bloom filter with " + numHashFunctions + " hash functions; it needs at least one");
      }
      int seed = version == Version.V2 ? data.readInt() : 0;
      return new BloomFilter(version, numHashFunctions, seed, BitArray.readFrom(data));
    } catch (EOFException e) {
      throw new IOException("The Bloom filter's bytes end too soon", e);
    }
  }

  private static long wholeNumber(Object item) {
    if (item instanceof Long || item instanceof Integer || item instanceof Short || item instanceof Byte
) {
      return ((Number) item).longValue();
    }
    throw new IllegalArgumentException("A Bloom filter takes Strings, byte[] and whole numbers (Byte, Short, "
        + "Integer, Long), not " + (item == null ? "null" : item.getClass().getName()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BloomFilter that && that.version == version && that.numHashFunctions == numHashFunctions
        && that.seed == seed && that.bits.equals(bits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, numHashFunctions, seed, bits);
  }

  @Override
  public String toString() {
    return "BloomFilter[" + version + ", " + bitSize() + " bits, " + numHashFunctions + " hash functions, "
        + cardinality() + " set]";
  }
}
