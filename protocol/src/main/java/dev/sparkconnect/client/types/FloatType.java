package dev.sparkconnect.client.types;

/** FLOAT, a 32-bit IEEE 754 number; Java value {@link Float}. Use {@link DataTypes#FloatType}. */
public final class FloatType extends DataType {

  static final FloatType INSTANCE = new FloatType();

  private FloatType() {}

  @Override
  public String typeName() {
    return "float";
  }

  @Override
  public String simpleString() {
    return "float";
  }
}
