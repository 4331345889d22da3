package org.apache.spark.sql.connect.common;

import java.io.Serializable;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import scala.collection.immutable.Seq;

/**
 * The object a Spark Connect server reads from a Scala UDF's payload: the function and the
 * encoders of its inputs and output. Spark's own class of this name is a Scala case class in
 * Spark's connect-common module, which is not published for every Spark version and brings Spark's
 * protocol classes along; this one has the same name, serialVersionUID and fields, so Java
 * serialization writes what the server's class reads, and the client needs no more of Spark.
 *
 * <p>Internal to {@code spark-connect-lambdas}; not for use by applications.
 */
public final class UdfPacket implements Serializable {

  /** Spark's value for this class, the same from 3.5 to 4.2. */
  private static final long serialVersionUID = 8866761834651399125L;

  private final Object function;
  private final Seq<AgnosticEncoder<?>> inputEncoders;
  private final AgnosticEncoder<?> outputEncoder;

  /** A packet of {@code function}, taking values of {@code inputEncoders} and giving {@code outputEncoder}'s. */
  public UdfPacket(Object function, Seq<AgnosticEncoder<?>> inputEncoders, AgnosticEncoder<?> outputEncoder) {
    this.function = function;
    this.inputEncoders = inputEncoders;
    this.outputEncoder = outputEncoder;
  }

  /** The function: a Scala function object wrapping the user's. */
  public Object function() {
    return function;
  }

  /** The encoders of the function's inputs. */
  public Seq<AgnosticEncoder<?>> inputEncoders() {
    return inputEncoders;
  }

  /** The encoder of its output. */
  public AgnosticEncoder<?> outputEncoder() {
    return outputEncoder;
  }
}
