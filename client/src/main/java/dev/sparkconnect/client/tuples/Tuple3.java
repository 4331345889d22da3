package dev.sparkconnect.client.tuples;

/**
 * A value of 3 elements, as a typed Dataset of {@code Encoders.tuple(...)} holds them; its
 * accessors {@code _1()}.. are named as Scala's {@code Tuple3}'s, so code written against Apache
 * Spark's Java API reads the same once it imports this class instead.
 */
public record Tuple3<T1, T2, T3>(T1 _1, T2 _2, T3 _3) {

  @Override
  public String toString() {
    return "(" + _1 + "," + _2 + "," + _3 + ")";
  }
}
