package dev.sparkconnect.client.sketch;

/**
 * The 32-bit x86 Murmur3 hash exactly as Apache Spark's sketches compute it, so that a sketch made
 * here and one made by Spark set the same bits. Bytes are read four at a time in little-endian
 * order, and a tail of one to three bytes is mixed in byte by byte (Spark's own variant, which
 * differs from the reference algorithm there).
 */
final class Murmur3 {

  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;

  private Murmur3() {}

  static int hashLong(long input, int seed) {
    int h1 = mixH1(seed, mixK1((int) input));
    h1 = mixH1(h1, mixK1((int) (input >>> 32)));
    return finish(h1, 8);
  }

  static int hashBytes(byte[] bytes, int seed) {
    int aligned = bytes.length - bytes.length % 4;
    int h1 = seed;
    for (int i = 0; i < aligned; i += 4) {
      int word = (bytes[i] & 0xff) | (bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff) << 16 | (bytes[i + 3] & 0xff) << 24;
      h1 = mixH1(h1, mixK1(word));
    }
    for (int i = aligned; i < bytes.length; i++) {
      h1 = mixH1(h1, mixK1(bytes[i]));
    }
    return finish(h1, bytes.length);
  }

  private static int mixK1(int k1) {
    return Integer.rotateLeft(k1 * C1, 15) * C2;
  }

  private static int mixH1(int h1, int k1) {
    return Integer.rotateLeft(h1 ^ k1, 13) * 5 + 0xe6546b64;
  }

  private static int finish(int h1, int length) {
    h1 ^= length;
    h1 ^= h1 >>> 16;
    h1 *= 0x85ebca6b;
    h1 ^= h1 >>> 13;
    h1 *= 0xc2b2ae35;
    h1 ^= h1 >>> 16;
    return h1;
  }
}
