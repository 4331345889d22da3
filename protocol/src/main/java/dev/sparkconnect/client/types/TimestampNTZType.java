package dev.sparkconnect.client.types;

/** TIMESTAMP_NTZ, a date-time without time zone, to the microsecond; Java value {@link java.time.LocalDateTime}. Use {@link DataTypes#TimestampNTZType}. */
public final class TimestampNTZType extends DataType {

  static final TimestampNTZType INSTANCE = new TimestampNTZType();

  private TimestampNTZType() {}

  @Override
  public String typeName() {
    return "timestamp_ntz";
  }

  @Override
  public String simpleString() {
    return "timestamp_ntz";
  }
}
