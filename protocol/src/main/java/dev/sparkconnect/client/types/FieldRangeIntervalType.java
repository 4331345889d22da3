package dev.sparkconnect.client.types;

/**
 * An ANSI interval type spanning a range of fields, such as DAY TO SECOND or YEAR TO MONTH: what
 * {@link DayTimeIntervalType} and {@link YearMonthIntervalType} share.
 */
abstract class FieldRangeIntervalType extends DataType {

  private final byte startField;
  private final byte endField;
  private final String[] fieldNames;

  FieldRangeIntervalType(byte startField, byte endField, String[] fieldNames, String kind) {
    if (startField < 0 || endField >= fieldNames.length || startField > endField) {
      throw new IllegalArgumentException("No " + kind + " interval from field " + startField + " to " + endField);
    }
    this.startField = startField;
    this.endField = endField;
    this.fieldNames = fieldNames;
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
        ? "interval " + fieldNames[startField]
        : "interval " + fieldNames[startField] + " to " + fieldNames[endField];
  }

  @Override
  public String simpleString() {
    return typeName();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + startField + "," + endField + ")";
  }
}
