package dev.sparkconnect.client.types;

/**
 * STRING, UTF-8 text; Java value {@link String}.
 *
 * <p>Use {@link DataTypes#StringType} for Spark's default, byte-wise collation {@code UTF8_BINARY}.
 * A column that compares and sorts by another collation (Spark 4) has a collated string type,
 * {@code DataTypes.createStringType("UTF8_LCASE")}, written {@code STRING COLLATE UTF8_LCASE} in
 * DDL; its values are still plain Strings.
 */
public final class StringType extends DataType {

  /** The collation of {@link DataTypes#StringType}: compare and sort by the UTF-8 bytes. */
  public static final String DEFAULT_COLLATION = "UTF8_BINARY";

  static final StringType INSTANCE = new StringType(DEFAULT_COLLATION);

  private final String collation;

  private StringType(String collation) {
    this.collation = collation;
  }

  /**
   * The string type of {@code collation}, a name as Spark spells it ({@code UTF8_LCASE},
   * {@code UNICODE_CI}, {@code de_CI_AI}); the server checks that the collation exists.
   */
  static StringType collated(String collation) {
    if (collation == null || collation.isBlank() || !collation.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("A collation name is letters, digits and '_', such as UTF8_LCASE; got '"
          + collation + "'");
    }
    return DEFAULT_COLLATION.equalsIgnoreCase(collation) ? INSTANCE : new StringType(collation);
  }

  /** The collation name, {@value #DEFAULT_COLLATION} unless the column has another one. */
  public String collation() {
    return collation;
  }

  @Override
  public String typeName() {
    return this == INSTANCE ? "string" : "string collate " + collation;
  }

  @Override
  public String simpleString() {
    return typeName();
  }

  @Override
  public String sql() {
    return this == INSTANCE ? "STRING" : "STRING COLLATE " + collation;
  }

  /** Collation names compare without regard to case, as Spark looks them up. */
  @Override
  public boolean equals(Object other) {
    return other instanceof StringType string && collation.equalsIgnoreCase(string.collation);
  }

  @Override
  public int hashCode() {
    return collation.toUpperCase(java.util.Locale.ROOT).hashCode();
  }

  @Override
  public String toString() {
    return this == INSTANCE ? "StringType" : "StringType(" + collation + ")";
  }
}
