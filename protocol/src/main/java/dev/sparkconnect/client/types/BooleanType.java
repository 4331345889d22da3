package dev.sparkconnect.client.types;

/** BOOLEAN; Java value {@link Boolean}. Use {@link DataTypes#BooleanType}. */
public final class BooleanType extends DataType {

  static final BooleanType INSTANCE = new BooleanType();

  private BooleanType() {}

  @Override
  public String typeName() {
    return "boolean";
  }

  @Override
  public String simpleString() {
    return "boolean";
  }
}
