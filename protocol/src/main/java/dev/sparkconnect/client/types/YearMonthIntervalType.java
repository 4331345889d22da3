package dev.sparkconnect.client.types;

/** INTERVAL YEAR TO MONTH, YEAR or MONTH; Java value {@link java.time.Period} (years and months only). */
public final class YearMonthIntervalType extends FieldRangeIntervalType {

  /** The YEAR field, as Spark numbers it; a start or end field of the interval. */
  public static final byte YEAR = 0;
  /** The MONTH field, as Spark numbers it; a start or end field of the interval. */
  public static final byte MONTH = 1;

  private static final String[] NAMES = {"year", "month"};

  /** INTERVAL YEAR TO MONTH. */
  public YearMonthIntervalType() {
    this(YEAR, MONTH);
  }

  /** The interval from {@code startField} to {@code endField}, each YEAR or MONTH. */
  public YearMonthIntervalType(byte startField, byte endField) {
    super(startField, endField, NAMES, "year-month");
  }
}
