package dev.sparkconnect.client.types;

/** VARIANT, semi-structured data; Java value: the raw variant bytes (a value type arrives with the exact-types work). Use {@link DataTypes#VariantType}. */
public final class VariantType extends DataType {

  static final VariantType INSTANCE = new VariantType();

  private VariantType() {}

  @Override
  public String typeName() {
    return "variant";
  }

  @Override
  public String simpleString() {
    return "variant";
  }
}
