package dev.sparkconnect.client.types;

/** TINYINT, a signed 8-bit integer; Java value {@link Byte}. Use {@link DataTypes#ByteType}. */
public final class ByteType extends DataType {

  static final ByteType INSTANCE = new ByteType();

  private ByteType() {}

  @Override
  public String typeName() {
    return "byte";
  }

  @Override
  public String simpleString() {
    return "tinyint";
  }
}
