package dev.sparkconnect.client.types;

/** The legacy calendar INTERVAL of months, days and microseconds; Java value {@link dev.sparkconnect.client.types.CalendarInterval}. Use {@link DataTypes#CalendarIntervalType}. */
public final class CalendarIntervalType extends DataType {

  static final CalendarIntervalType INSTANCE = new CalendarIntervalType();

  private CalendarIntervalType() {}

  @Override
  public String typeName() {
    return "interval";
  }

  @Override
  public String simpleString() {
    return "interval";
  }
}
