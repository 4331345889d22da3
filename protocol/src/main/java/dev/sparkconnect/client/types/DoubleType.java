package dev.sparkconnect.client.types;

/** DOUBLE, a 64-bit IEEE 754 number; Java value {@link Double}. Use {@link DataTypes#DoubleType}. */
public final class DoubleType extends DataType {

  static final DoubleType INSTANCE = new DoubleType();

  private DoubleType() {}

  @Override
  public String typeName() {
    return "double";
  }

  @Override
  public String simpleString() {
    return "double";
  }
}
