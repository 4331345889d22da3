package dev.sparkconnect.client.types;

/** INT, a signed 32-bit integer; Java value {@link Integer}. Use {@link DataTypes#IntegerType}. */
public final class IntegerType extends DataType {

  static final IntegerType INSTANCE = new IntegerType();

  private IntegerType() {}

  @Override
  public String typeName() {
    return "integer";
  }

  @Override
  public String simpleString() {
    return "int";
  }
}
