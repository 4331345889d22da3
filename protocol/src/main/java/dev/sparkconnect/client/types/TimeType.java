package dev.sparkconnect.client.types;

/** TIME(precision), a time of day (Spark 4.1 and later); Java value {@link java.time.LocalTime}. */
public final class TimeType extends DataType {

  private final int precision;

  /** TIME with {@code precision} fractional digits of the second, 0 to 6. */
  public TimeType(int precision) {
    if (precision < 0 || precision > 6) {
      throw new IllegalArgumentException("TIME precision " + precision + " is not between 0 and 6");
    }
    this.precision = precision;
  }

  /** Fractional digits of the second. */
  public int precision() {
    return precision;
  }

  @Override
  public String typeName() {
    return "time(" + precision + ")";
  }

  @Override
  public String simpleString() {
    return typeName();
  }

  @Override
  public String toString() {
    return "TimeType(" + precision + ")";
  }
}
