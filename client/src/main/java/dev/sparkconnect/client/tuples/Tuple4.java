package dev.sparkconnect.client.tuples;

/**
 * A value of 4 elements, as a typed Dataset of {@code Encoders.tuple(...)} holds them; its
 * accessors {@code _1()}.. are named as Scala's {@code Tuple4}'s, so code written against Apache
 * Spark's Java API reads the same once it imports this class instead.
 */
public record Tuple4<T1, T2, T3, T4>(T1 _1, T2 _2, T3 _3, T4 _4) {

  @Override
  public String toString() {
    return "(" + _1 + "," + _2 + "," + _3 + "," + _4 + ")";
  }
}
