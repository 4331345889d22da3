package dev.sparkconnect.client.types;

/**
 * INTERVAL DAY TO SECOND and its narrower forms (DAY, DAY TO HOUR, ..., SECOND); Java value
 * {@link java.time.Duration}, to the microsecond.
 */
public final class DayTimeIntervalType extends FieldRangeIntervalType {

  /** The DAY field, as Spark numbers it; a start or end field of the interval. */
  public static final byte DAY = 0;
  /** The HOUR field, as Spark numbers it. */
  public static final byte HOUR = 1;
  /** The MINUTE field, as Spark numbers it. */
  public static final byte MINUTE = 2;
  /** The SECOND field, as Spark numbers it, with microseconds. */
  public static final byte SECOND = 3;

  private static final String[] NAMES = {"day", "hour", "minute", "second"};

  /** INTERVAL DAY TO SECOND. */
  public DayTimeIntervalType() {
    this(DAY, SECOND);
  }

  /** The interval from {@code startField} to {@code endField}, each one of DAY, HOUR, MINUTE, SECOND. */
  public DayTimeIntervalType(byte startField, byte endField) {
    super(startField, endField, NAMES, "day-time");
  }
}
