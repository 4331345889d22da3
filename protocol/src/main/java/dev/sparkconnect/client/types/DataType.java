package dev.sparkconnect.client.types;

/**
 * A Spark SQL data type, as the server reports it in a schema.
 *
 * <p>Atomic types are singletons taken from {@link DataTypes} ({@code DataTypes.LongType});
 * parameterised ones are values ({@code DataTypes.createDecimalType(10, 2)},
 * {@code new ArrayType(DataTypes.StringType, true)}). Types compare by value. Each type's
 * javadoc names the Java class its values have in a {@code dev.sparkconnect.client.Row}.
 */
public abstract class DataType {

  DataType() {}

  /** The name of the type in Spark's JSON schema form, for example {@code "integer"} or {@code "decimal(10,2)"}. */
  public abstract String typeName();

  /** The type in Spark SQL's short form, for example {@code "int"} or {@code "array<string>"}. */
  public abstract String simpleString();

  /**
   * The type that Spark's JSON schema form describes, the inverse of {@link #json()}.
   *
   * @throws IllegalArgumentException saying what in the text is not a type
   */
  public static DataType fromJson(String json) {
    return JsonTypes.parse(json);
  }

  /**
   * The type that Spark SQL DDL text describes, for example {@code DECIMAL(10,2)} or
   * {@code ARRAY<STRUCT<a: INT, b: STRING>>}; for a column list use {@link StructType#fromDDL}.
   *
   * @throws IllegalArgumentException naming the position where the text stops making sense
   */
  public static DataType fromDDL(String ddl) {
    return DdlParser.type(ddl);
  }

  /**
   * The type in Spark's JSON schema form, as {@code DataType.json} gives it in Apache Spark, for
   * example {@code "integer"} or {@code {"type":"array","elementType":"string","containsNull":true}}.
   */
  public String json() {
    return quote(typeName());
  }

  /** {@code text} as a JSON string. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /** The type as it is written in SQL DDL; the same as {@link #simpleString()} but for structs. */
  public String sql() {
    return simpleString().toUpperCase(java.util.Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && simpleString().equals(((DataType) other).simpleString());
  }

  @Override
  public int hashCode() {
    return simpleString().hashCode();
  }

  /** Spark's own rendering, for example {@code IntegerType} or {@code DecimalType(10,2)}. */
  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
