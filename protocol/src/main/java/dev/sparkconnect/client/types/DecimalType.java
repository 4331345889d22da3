package dev.sparkconnect.client.types;

/** DECIMAL(precision, scale), up to 38 digits; Java value {@link java.math.BigDecimal} with exactly {@code scale}. */
public final class DecimalType extends DataType {

  /** The largest precision Spark supports. */
  public static final int MAX_PRECISION = 38;

  private final int precision;
  private final int scale;

  /** DECIMAL({@code precision}, {@code scale}); {@code 0 <= scale <= precision <= 38}. */
  public DecimalType(int precision, int scale) {
    if (precision < 1 || precision > MAX_PRECISION) {
      throw new IllegalArgumentException("Decimal precision " + precision + " is not between 1 and " + MAX_PRECISION);
    }
    if (scale < 0 || scale > precision) {
      throw new IllegalArgumentException("Decimal scale " + scale + " is not between 0 and the precision " + precision);
    }
    this.precision = precision;
    this.scale = scale;
  }

  /** The number of digits in all. */
  public int precision() {
    return precision;
  }

  /** The number of digits after the decimal point. */
  public int scale() {
    return scale;
  }

  @Override
  public String typeName() {
    return "decimal(" + precision + "," + scale + ")";
  }

  @Override
  public String simpleString() {
    return typeName();
  }

  @Override
  public String toString() {
    return "DecimalType(" + precision + "," + scale + ")";
  }
}
