package dev.sparkconnect.client.types;

import java.util.Objects;

/** One named field of a {@link StructType}: its name, type and whether it may be null. */
public record StructField(String name, DataType dataType, boolean nullable) {

  /** A field, for example {@code new StructField("id", DataTypes.LongType, false)}; name and type may not be null. */
  public StructField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
  }

  /** {@code name: type} in Spark's DDL form, with {@code NOT NULL} where it applies. */
  public String toDDL() {
    return quoteIfNeeded(name) + " " + dataType.sql() + (nullable ? "" : " NOT NULL");
  }

  @Override
  public String toString() {
    return "StructField(" + name + "," + dataType + "," + nullable + ")";
  }

  static String quoteIfNeeded(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : "`" + name.replace("`", "``") + "`";
  }
}
