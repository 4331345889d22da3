package dev.sparkconnect.client.types;

/** TIMESTAMP, an instant to the microsecond (with local time zone semantics); Java value {@link java.time.Instant}. Use {@link DataTypes#TimestampType}. */
public final class TimestampType extends DataType {

  static final TimestampType INSTANCE = new TimestampType();

  private TimestampType() {}

  @Override
  public String typeName() {
    return "timestamp";
  }

  @Override
  public String simpleString() {
    return "timestamp";
  }
}
