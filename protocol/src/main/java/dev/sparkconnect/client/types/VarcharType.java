package dev.sparkconnect.client.types;

/** VARCHAR(length), text of at most length characters; Java value {@link String}. */
public final class VarcharType extends DataType {

  private final int length;

  /** VARCHAR({@code length}). */
  public VarcharType(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("VARCHAR length " + length + " is negative");
    }
    this.length = length;
  }

  /** The declared length. */
  public int length() {
    return length;
  }

  @Override
  public String typeName() {
    return "varchar(" + length + ")";
  }

  @Override
  public String simpleString() {
    return typeName();
  }

  @Override
  public String toString() {
    return "VarcharType(" + length + ")";
  }
}
