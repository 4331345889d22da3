package dev.sparkconnect.client.types;

/** BIGINT, a signed 64-bit integer; Java value {@link Long}. Use {@link DataTypes#LongType}. */
public final class LongType extends DataType {

  static final LongType INSTANCE = new LongType();

  private LongType() {}

  @Override
  public String typeName() {
    return "long";
  }

  @Override
  public String simpleString() {
    return "bigint";
  }
}
