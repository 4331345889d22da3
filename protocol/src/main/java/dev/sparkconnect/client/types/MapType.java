package dev.sparkconnect.client.types;

import java.util.Objects;

/** MAP from keys of one type to values of another; Java value {@link java.util.Map}, in the server's order. */
public final class MapType extends DataType {

  private final DataType keyType;
  private final DataType valueType;
  private final boolean valueContainsNull;

  /** A map from {@code keyType} to {@code valueType}; values may be null when {@code valueContainsNull}. */
  public MapType(DataType keyType, DataType valueType, boolean valueContainsNull) {
    this.keyType = Objects.requireNonNull(keyType, "keyType");
    this.valueType = Objects.requireNonNull(valueType, "valueType");
    this.valueContainsNull = valueContainsNull;
  }

  /** The type of the keys, which are never null. */
  public DataType keyType() {
    return keyType;
  }

  /** The type of the values. */
  public DataType valueType() {
    return valueType;
  }

  /** Whether values may be null. */
  public boolean valueContainsNull() {
    return valueContainsNull;
  }

  @Override
  public String typeName() {
    return "map";
  }

  @Override
  public String json() {
    return "{\"type\":\"map\",\"keyType\":" + keyType.json() + ",\"valueType\":" + valueType.json()
        + ",\"valueContainsNull\":" + valueContainsNull + "}";
  }

  @Override
  public String sql() {
    return "MAP<" + keyType.sql() + ", " + valueType.sql() + ">";
  }

  @Override
  public String simpleString() {
    return "map<" + keyType.simpleString() + "," + valueType.simpleString() + ">";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MapType m && keyType.equals(m.keyType) && valueType.equals(m.valueType)
        && valueContainsNull == m.valueContainsNull;
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyType, valueType, valueContainsNull);
  }

  @Override
  public String toString() {
    return "MapType(" + keyType + "," + valueType + "," + valueContainsNull + ")";
  }
}
