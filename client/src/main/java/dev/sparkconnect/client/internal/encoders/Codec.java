package dev.sparkconnect.client.internal.encoders;

import dev.sparkconnect.client.types.DataType;

/**
 * Turns values of one Java type into values of one Spark type and back.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {

  /** The Java class of the values (the boxed class for primitives). */
  Class<T> javaType();

  /** The Spark type the values have on the server. */
  DataType dataType();

  /** Whether the Spark value may be null: false for Java primitives. */
  boolean nullable();

  /** The Spark-side value of {@code value} (a {@code Row} for a struct); null stays null. */
  Object encode(T value);

  /**
   * The Java value of the Spark-side {@code value}.
   *
   * @throws IllegalStateException for a value of another type, or a null for a primitive
   */
  T decode(Object value);

  /** A short description for messages: the Java type and the Spark type. */
  default String describe() {
    return javaType().getSimpleName() + " as " + dataType().simpleString();
  }
}
