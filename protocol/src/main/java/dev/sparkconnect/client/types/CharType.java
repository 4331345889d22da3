package dev.sparkconnect.client.types;

/** CHAR(length), fixed-length text padded with spaces; Java value {@link String}. */
public final class CharType extends DataType {

  private final int length;

  /** CHAR({@code length}). */
  public CharType(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("CHAR length " + length + " is negative");
    }
    this.length = length;
  }

  /** The declared length. */
  public int length() {
    return length;
  }

  @Override
  public String typeName() {
    return "char(" + length + ")";
  }

  @Override
  public String simpleString() {
    return typeName();
  }

  @Override
  public String toString() {
    return "CharType(" + length + ")";
  }
}
