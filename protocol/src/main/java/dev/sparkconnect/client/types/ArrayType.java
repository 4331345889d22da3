package dev.sparkconnect.client.types;

import java.util.Objects;

/** ARRAY of one element type; Java value {@link java.util.List}. */
public final class ArrayType extends DataType {

  private final DataType elementType;
  private final boolean containsNull;

  /** An array of {@code elementType}, whose elements may be null when {@code containsNull}. */
  public ArrayType(DataType elementType, boolean containsNull) {
    this.elementType = Objects.requireNonNull(elementType, "elementType");
    this.containsNull = containsNull;
  }

  /** The type of the elements. */
  public DataType elementType() {
    return elementType;
  }

  /** Whether elements may be null. */
  public boolean containsNull() {
    return containsNull;
  }

  @Override
  public String typeName() {
    return "array";
  }

  @Override
  public String json() {
    return "{\"type\":\"array\",\"elementType\":" + elementType.json() + ",\"containsNull\":" + containsNull + "}";
  }

  @Override
  public String sql() {
    return "ARRAY<" + elementType.sql() + ">";
  }

  @Override
  public String simpleString() {
    return "array<" + elementType.simpleString() + ">";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ArrayType a && elementType.equals(a.elementType) && containsNull == a.containsNull;
  }

  @Override
  public int hashCode() {
    return Objects.hash(elementType, containsNull);
  }

  @Override
  public String toString() {
    return "ArrayType(" + elementType + "," + containsNull + ")";
  }
}
