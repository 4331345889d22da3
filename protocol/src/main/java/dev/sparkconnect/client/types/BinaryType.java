package dev.sparkconnect.client.types;

/** BINARY, a byte sequence; Java value {@code byte[]}. Use {@link DataTypes#BinaryType}. */
public final class BinaryType extends DataType {

  static final BinaryType INSTANCE = new BinaryType();

  private BinaryType() {}

  @Override
  public String typeName() {
    return "binary";
  }

  @Override
  public String simpleString() {
    return "binary";
  }
}
