package dev.sparkconnect.client.types;

/** DATE, a day of the proleptic Gregorian calendar; Java value {@link java.time.LocalDate}. Use {@link DataTypes#DateType}. */
public final class DateType extends DataType {

  static final DateType INSTANCE = new DateType();

  private DateType() {}

  @Override
  public String typeName() {
    return "date";
  }

  @Override
  public String simpleString() {
    return "date";
  }
}
