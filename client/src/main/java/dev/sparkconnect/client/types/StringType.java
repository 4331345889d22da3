package dev.sparkconnect.client.types;

/** STRING, UTF-8 text; Java value {@link String}. Use {@link DataTypes#StringType}. */
public final class StringType extends DataType {

  static final StringType INSTANCE = new StringType();

  private StringType() {}

  @Override
  public String typeName() {
    return "string";
  }

  @Override
  public String simpleString() {
    return "string";
  }
}
