package dev.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Decodes the LZ4 frame format (one frame or several back to back), as Arrow's {@code LZ4_FRAME}
 * buffer compression writes it, into an array of the size the buffer announced. Written from the
 * format's specification; checksums are not verified, but every length, offset and back-reference
 * is checked, so corrupt input fails with an {@link ArrowFormatException} and never reads or
 * writes outside its arrays.
 */
final class Lz4Frames {

  private static final int MAGIC = 0x184D2204;
  /** Skippable frames use magic numbers 0x184D2A50 to 0x184D2A5F. */
  private static final int SKIPPABLE_MASK = 0xFFFFFFF0;
  private static final int SKIPPABLE = 0x184D2A50;
  private static final int MIN_MATCH = 4;

  private final ByteBuffer in;
  private final byte[] out;
  private int op;

  private Lz4Frames(ByteBuffer in, byte[] out) {
    this.in = in.slice().order(ByteOrder.LITTLE_ENDIAN);
    this.out = out;
  }

  /** Decodes {@code compressed} into exactly {@code decodedLength} bytes. */
  static byte[] decode(ByteBuffer compressed, int decodedLength) {
    Lz4Frames frames = new Lz4Frames(compressed, new byte[decodedLength]);
    frames.decodeAll();
    return frames.out;
  }

  private void decodeAll() {
    while (in.hasRemaining()) {
      int magic = intLe("a frame's magic number");
      if ((magic & SKIPPABLE_MASK) == SKIPPABLE) {
        skip(intLe("a skippable frame's size"), "a skippable frame");
        continue;
      }
      if (magic != MAGIC) {
        throw corrupt("magic number 0x" + Integer.toHexString(magic) + " is not an LZ4 frame's");
      }
      frame();
    }
    if (op != out.length) {
      throw corrupt("decodes to " + op + " bytes, but the buffer announced " + out.length);
    }
  }

  private void frame() {
    int flags = unsignedByte("the frame's flags");
    unsignedByte("the frame's block size");
    if ((flags >>> 6) != 1) {
      throw corrupt("frame version " + (flags >>> 6) + "; only version 1 exists");
    }
    boolean blockChecksums = (flags & 0x10) != 0;
    boolean contentSize = (flags & 0x08) != 0;
    boolean contentChecksum = (flags & 0x04) != 0;
    boolean dictionary = (flags & 0x01) != 0;
    if (dictionary) {
      throw corrupt("a frame that needs a dictionary, which Arrow never uses");
    }
    if (contentSize) {
      skip(8, "the frame's content size");
    }
    skip(1, "the frame's header checksum");
    while (true) {
      int size = intLe("a block size");
      if (size == 0) {
        break;
      }
      boolean stored = (size & 0x80000000) != 0;
      int length = size & 0x7FFFFFFF;
      if (length > in.remaining()) {
        throw corrupt("a block of " + length + " bytes with only " + in.remaining() + " left");
      }
      if (stored) {
        if (length > out.length - op) {
          throw corrupt("an uncompressed block of " + length + " bytes overflows the announced " + out.length);
        }
        in.get(out, op, length);
        op += length;
      } else {
        block(in.position() + length);
      }
      if (blockChecksums) {
        skip(4, "a block checksum");
      }
    }
    if (contentChecksum) {
      skip(4, "the content checksum");
    }
  }

  /** One compressed block ending at input position {@code end}: sequences of literals and matches. */
  private void block(int end) {
    int ip = in.position();
    while (true) {
      if (ip >= end) {
        throw corrupt("a block ends inside a sequence");
      }
      int token = in.get(ip++) & 0xFF;
      int literals = token >>> 4;
      if (literals == 15) {
        int[] extended = extendedLength(ip, end);
        literals += extended[0];
        ip = extended[1];
      }
      if (literals > end - ip || literals > out.length - op) {
        throw corrupt("a run of " + literals + " literals past the end of its block or of the announced size");
      }
      in.get(ip, out, op, literals);
      ip += literals;
      op += literals;
      if (ip == end) {
        break;
      }
      if (end - ip < 2) {
        throw corrupt("a match offset cut by the end of its block");
      }
      int offset = (in.get(ip) & 0xFF) | (in.get(ip + 1) & 0xFF) << 8;
      ip += 2;
      if (offset == 0 || offset > op) {
        throw corrupt("a match " + offset + " bytes back from byte " + op + " of the output");
      }
      int matchLength = token & 0x0F;
      if (matchLength == 15) {
        int[] extended = extendedLength(ip, end);
        matchLength += extended[0];
        ip = extended[1];
      }
      matchLength += MIN_MATCH;
      if (matchLength > out.length - op) {
        throw corrupt("a match of " + matchLength + " bytes past the announced size " + out.length);
      }
      int from = op - offset;
      if (offset >= matchLength) {
        System.arraycopy(out, from, out, op, matchLength);
      } else {
        for (int i = 0; i < matchLength; i++) {
          out[op + i] = out[from + i];
        }
      }
      op += matchLength;
    }
    in.position(end);
  }

  /** The sum of the length bytes from {@code ip} (each 255 continues), and the position after them. */
  private int[] extendedLength(int ip, int end) {
    long sum = 0;
    int b;
    do {
      if (ip >= end) {
        throw corrupt("a length cut by the end of its block");
      }
      b = in.get(ip++) & 0xFF;
      sum += b;
      if (sum > Integer.MAX_VALUE) {
        throw corrupt("a length beyond 2 GiB");
      }
    } while (b == 255);
    return new int[] {(int) sum, ip};
  }

  private int intLe(String what) {
    if (in.remaining() < 4) {
      throw corrupt("cut where " + what + " should be");
    }
    return in.getInt();
  }

  private int unsignedByte(String what) {
    if (!in.hasRemaining()) {
      throw corrupt("cut where " + what + " should be");
    }
    return in.get() & 0xFF;
  }

  private void skip(long bytes, String what) {
    if (bytes < 0 || bytes > in.remaining()) {
      throw corrupt("cut in " + what);
    }
    in.position(in.position() + (int) bytes);
  }

  private static ArrowFormatException corrupt(String problem) {
    return new ArrowFormatException("LZ4 frame: " + problem);
  }
}
