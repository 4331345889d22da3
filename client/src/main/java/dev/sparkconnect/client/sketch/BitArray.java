package dev.sparkconnect.client.sketch;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/** The bits of a Bloom filter, in 64-bit words, written as Spark writes them: the word count, then each word. */
final class BitArray {

  private final long[] words;
  private long cardinality;

  BitArray(long numBits) {
    this(new long[words(numBits)]);
  }

  private BitArray(long[] words) {
    this.words = words;
    long set = 0;
    for (long word : words) {
      set += Long.bitCount(word);
    }
    this.cardinality = set;
  }

  private static int words(long numBits) {
    if (numBits <= 0) {
      throw new IllegalArgumentException("A Bloom filter needs a positive number of bits, not " + numBits);
    }
    long count = (numBits + 63) / 64;
    if (count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("A Bloom filter of " + numBits + " bits is too large; at most "
          + (Integer.MAX_VALUE * 64L) + " bits");
    }
    return (int) count;
  }

  long bitSize() {
    return words.length * 64L;
  }

  long cardinality() {
    return cardinality;
  }

  /** Sets bit {@code index}; whether it was clear before. */
  boolean set(long index) {
    int word = (int) (index >>> 6);
    long mask = 1L << index;
    if ((words[word] & mask) != 0) {
      return false;
    }
    words[word] |= mask;
    cardinality++;
    return true;
  }

  boolean get(long index) {
    return (words[(int) (index >>> 6)] & (1L << index)) != 0;
  }

  void or(BitArray other) {
    long set = 0;
    for (int i = 0; i < words.length; i++) {
      words[i] |= other.words[i];
      set += Long.bitCount(words[i]);
    }
    cardinality = set;
  }

  void and(BitArray other) {
    long set = 0;
    for (int i = 0; i < words.length; i++) {
      words[i] &= other.words[i];
      set += Long.bitCount(words[i]);
    }
    cardinality = set;
  }

  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(words.length);
    for (long word : words) {
      out.writeLong(word);
    }
  }

  static BitArray readFrom(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count <= 0) {
      throw new IOException("A Bloom filter's bit array has " + count + " words; it needs at least one");
    }
    // Grown as words arrive, so that a corrupt count fails at the end of the data, not in allocation.
    long[] words = new long[Math.min(count, 1 << 16)];
    for (int i = 0; i < count; i++) {
      if (i == words.length) {
        words = Arrays.copyOf(words, (int) Math.min(count, words.length * 2L));
      }
      words[i] = in.readLong();
    }
    return new BitArray(words);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BitArray that && Arrays.equals(words, that.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }
}
