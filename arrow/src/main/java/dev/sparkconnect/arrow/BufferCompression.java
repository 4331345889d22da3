package dev.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Arrow IPC buffer compression, as Spark 4.2 writes Connect results when a session sets
 * {@code spark.sql.execution.arrow.compression.codec}: each buffer of a record batch starts with
 * its uncompressed length (8 bytes, little-endian; -1 where the writer kept the bytes as they were)
 * and goes on with one compressed frame. LZ4 frames are decoded here; zstd frames by the pure-Java
 * decoder of {@code io.airlift:aircompressor}, an optional dependency that only readers of
 * zstd-compressed results need on the class path.
 */
final class BufferCompression {

  /** The codecs of Arrow's {@code CompressionType}. */
  static final byte LZ4_FRAME = 0;
  static final byte ZSTD = 1;
  /** Arrow's marker for a buffer its writer left uncompressed. */
  private static final long UNCOMPRESSED = -1;

  private BufferCompression() {}

  /** The name of a codec, for messages. */
  static String name(byte codec) {
    return codec == LZ4_FRAME ? "LZ4 frame" : codec == ZSTD ? "zstd" : "codec " + codec;
  }

  /** The bytes of {@code buffer}, decompressed with {@code codec}; an empty buffer stays empty. */
  static ByteBuffer decompress(ByteBuffer buffer, byte codec) {
    if (buffer.limit() == 0) {
      return buffer;
    }
    if (buffer.limit() < 8) {
      throw new ArrowFormatException("a " + name(codec) + " compressed buffer of " + buffer.limit()
          + " bytes, too short for its 8-byte length");
    }
    long length = buffer.order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    ByteBuffer frame = buffer.slice(8, buffer.limit() - 8);
    if (length == UNCOMPRESSED) {
      return frame.order(ByteOrder.LITTLE_ENDIAN);
    }
    if (length < 0 || length > Integer.MAX_VALUE - 8) {
      throw new ArrowFormatException("a " + name(codec) + " compressed buffer announces " + length
          + " bytes uncompressed; a buffer holds at most 2 GiB");
    }
    byte[] decoded = switch (codec) {
      case LZ4_FRAME -> Lz4Frames.decode(frame, (int) length);
      case ZSTD -> zstd(frame, (int) length);
      default -> throw new ArrowFormatException("buffers compressed with " + name(codec)
          + ", which Arrow does not define (LZ4 frame and zstd are)");
    };
    return ByteBuffer.wrap(decoded).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] zstd(ByteBuffer frame, int length) {
    try {
      return ZstdFrames.decode(frame, length);
    } catch (NoClassDefFoundError missing) {
      throw new ArrowFormatException("zstd-compressed buffers need io.airlift:aircompressor (2.x) on the class path"
          + " to be read; add it, or set spark.sql.execution.arrow.compression.codec to lz4 or none for the session",
          missing);
    }
  }
}
