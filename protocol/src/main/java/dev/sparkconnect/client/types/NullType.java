package dev.sparkconnect.client.types;

/** The type of the NULL literal and of columns that are always null; Java value {@code null}. Use {@link DataTypes#NullType}. */
public final class NullType extends DataType {

  static final NullType INSTANCE = new NullType();

  private NullType() {}

  @Override
  public String typeName() {
    return "void";
  }

  @Override
  public String simpleString() {
    return "void";
  }
}
