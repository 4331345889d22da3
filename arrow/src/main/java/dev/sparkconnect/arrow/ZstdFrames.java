package dev.sparkconnect.arrow;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.nio.ByteBuffer;

/**
 * Decodes zstd frames with aircompressor's pure-Java decoder. The one class naming that optional
 * dependency: it is loaded only when a zstd-compressed buffer is read.
 */
final class ZstdFrames {

  private ZstdFrames() {}

  /** Decodes {@code compressed} into exactly {@code decodedLength} bytes. */
  static byte[] decode(ByteBuffer compressed, int decodedLength) {
    byte[] input = new byte[compressed.remaining()];
    compressed.duplicate().get(input);
    byte[] out = new byte[decodedLength];
    int written;
    try {
      written = new ZstdDecompressor().decompress(input, 0, input.length, out, 0, out.length);
    } catch (MalformedInputException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new ArrowFormatException("zstd frame: " + e.getMessage(), e);
    }
    if (written != decodedLength) {
      throw new ArrowFormatException("zstd frame: decodes to " + written + " bytes, but the buffer announced "
          + decodedLength);
    }
    return out;
  }
}
