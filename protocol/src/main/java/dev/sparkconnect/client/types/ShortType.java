package dev.sparkconnect.client.types;

/** SMALLINT, a signed 16-bit integer; Java value {@link Short}. Use {@link DataTypes#ShortType}. */
public final class ShortType extends DataType {

  static final ShortType INSTANCE = new ShortType();

  private ShortType() {}

  @Override
  public String typeName() {
    return "short";
  }

  @Override
  public String simpleString() {
    return "smallint";
  }
}
