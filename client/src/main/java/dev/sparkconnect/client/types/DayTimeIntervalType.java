package dev.sparkconnect.client.types;

/**
 * INTERVAL DAY TO SECOND and its narrower forms (DAY, DAY TO HOUR, ..., SECOND); Java value
 * {@link java.time.Duration}, to the microsecond.
 */
public final class DayTimeIntervalType extends DataType {

  /** Field codes, as Spark numbers them. */
  public static final byte DAY = 0;
  public static final byte HOUR = 1;
  public static final byte MINUTE = 2;
  public static final byte SECOND = 3;

  private static final String[] NAMES = {"day", "hour", "minute", "second"};

  private final byte startField;
  private final byte endField;

  /** INTERVAL DAY TO SECOND. */
  public DayTimeIntervalType() {
    this(DAY, SECOND);
  }

  /** The interval from {@code startField} to {@code endField}, each one of DAY, HOUR, MINUTE, SECOND. */
  public DayTimeIntervalType(byte startField, byte endField) {
    if (startField < DAY || endField > SECOND || startField > endField) {
      throw new IllegalArgumentException("No day-time interval from field " + startField + " to " + endField);
    }
    this.startField = startField;
    this.endField = endField;
  }

  /** The leading field. */
  public byte startField() {
    return startField;
  }

  /** The trailing field. */
  public byte endField() {
    return endField;
  }

  @Override
  public String typeName() {
    return startField == endField
        ? "interval " + NAMES[startField]
        : "interval " + NAMES[startField] + " to " + NAMES[endField];
  }

  @Override
  public String simpleString() {
    return typeName();
  }

  @Override
  public String toString() {
    return "DayTimeIntervalType(" + startField + "," + endField + ")";
  }
}
