package dev.sparkconnect.client.types;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A VARIANT value exactly as the server holds it: the value bytes and the metadata bytes of Spark's
 * variant binary encoding. Nothing is lost or reinterpreted; two values are equal when their bytes
 * are. The arrays are copied in and out, so the value is immutable.
 */
public final class VariantValue {

  private final byte[] value;
  private final byte[] metadata;

  /** The variant encoded as {@code value} with its {@code metadata} dictionary. */
  public VariantValue(byte[] value, byte[] metadata) {
    this.value = value.clone();
    this.metadata = metadata.clone();
  }

  /** The value bytes. */
  public byte[] value() {
    return value.clone();
  }

  /** The metadata (field-name dictionary) bytes. */
  public byte[] metadata() {
    return metadata.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VariantValue v && Arrays.equals(value, v.value) && Arrays.equals(metadata, v.metadata);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(value) + Arrays.hashCode(metadata);
  }

  @Override
  public String toString() {
    return "VariantValue[value=" + HexFormat.of().formatHex(value) + ", metadata=" + HexFormat.of().formatHex(metadata) + "]";
  }
}
