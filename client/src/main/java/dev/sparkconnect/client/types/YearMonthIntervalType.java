package dev.sparkconnect.client.types;

/** INTERVAL YEAR TO MONTH, YEAR or MONTH; Java value {@link java.time.Period} (years and months only). */
public final class YearMonthIntervalType extends DataType {

  /** Field codes, as Spark numbers them. */
  public static final byte YEAR = 0;
  public static final byte MONTH = 1;

  private static final String[] NAMES = {"year", "month"};

  private final byte startField;
  private final byte endField;

  /** INTERVAL YEAR TO MONTH. */
  public YearMonthIntervalType() {
    this(YEAR, MONTH);
  }

  /** The interval from {@code startField} to {@code endField}, each YEAR or MONTH. */
  public YearMonthIntervalType(byte startField, byte endField) {
    if (startField < YEAR || endField > MONTH || startField > endField) {
      throw new IllegalArgumentException("No year-month interval from field " + startField + " to " + endField);
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
    return "YearMonthIntervalType(" + startField + "," + endField + ")";
  }
}
