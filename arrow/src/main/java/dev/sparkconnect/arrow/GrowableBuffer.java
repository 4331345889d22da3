package dev.sparkconnect.arrow;

import java.util.Arrays;

/** A little-endian byte buffer that grows as values are appended; one Arrow buffer being built. */
final class GrowableBuffer {

  private byte[] bytes = new byte[64];
  private int size;

  int size() {
    return size;
  }

  byte[] array() {
    return bytes;
  }

  void ensure(int extra) {
    if (size + extra > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
    }
  }

  void putByte(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
  }

  void putShort(int value) {
    ensure(2);
    bytes[size++] = (byte) value;
    bytes[size++] = (byte) (value >> 8);
  }

  void putInt(int value) {
    ensure(4);
    for (int i = 0; i < 4; i++) {
      bytes[size++] = (byte) (value >> (8 * i));
    }
  }

  void putLong(long value) {
    ensure(8);
    for (int i = 0; i < 8; i++) {
      bytes[size++] = (byte) (value >> (8 * i));
    }
  }

  void putBytes(byte[] value) {
    ensure(value.length);
    System.arraycopy(value, 0, bytes, size, value.length);
    size += value.length;
  }

  void putZeros(int count) {
    ensure(count);
    size += count;
  }

  /** Sets bit {@code index} of a bitmap held in this buffer, growing it as needed. */
  void setBit(int index, boolean value) {
    int byteIndex = index >>> 3;
    if (byteIndex >= size) {
      ensure(byteIndex + 1 - size);
      size = byteIndex + 1;
    }
    if (value) {
      bytes[byteIndex] |= (byte) (1 << (index & 7));
    }
  }
}
