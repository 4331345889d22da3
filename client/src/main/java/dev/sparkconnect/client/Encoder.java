package dev.sparkconnect.client;

import dev.sparkconnect.client.internal.encoders.Codec;
import dev.sparkconnect.client.internal.encoders.Codecs;
import dev.sparkconnect.client.types.StructType;
import java.util.Objects;

/**
 * How the values of a typed {@link Dataset} map to Spark rows: made by {@link Encoders}
 * ({@code Encoders.bean(Person.class)}, {@code Encoders.STRING()}, {@code Encoders.tuple(...)}).
 *
 * <p>An encoder works in this client: results are read from their Arrow batches straight into
 * the Java values, and local values become Arrow data, with no Java serialization and no Spark
 * classes. Two encoders are equal when they map the same Java type to the same schema.
 *
 * @param <T> the Java type of the values
 */
public final class Encoder<T> {

  private final Codec<T> codec;

  Encoder(Codec<T> codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  /** The columns a Dataset of these values has: a bean's or record's fields, or one column {@code value}. */
  public StructType schema() {
    return Codecs.schema(codec);
  }

  /** The Java class of the values (the boxed class for primitives); Spark's {@code clsTag}. */
  public Class<T> clazz() {
    return codec.javaType();
  }

  Codec<T> codec() {
    return codec;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Encoder<?> that && that.clazz() == clazz() && that.schema().equals(schema());
  }

  @Override
  public int hashCode() {
    return Objects.hash(clazz(), schema());
  }

  @Override
  public String toString() {
    return "Encoder[" + clazz().getName() + ": " + schema().simpleString() + "]";
  }
}
