package dev.sparkconnect.client.types;

/** VARIANT, semi-structured data; Java value {@link dev.sparkconnect.client.types.VariantValue}, its bytes kept exactly. Use {@link DataTypes#VariantType}. */
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
