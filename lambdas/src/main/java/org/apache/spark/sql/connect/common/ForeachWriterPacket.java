package org.apache.spark.sql.connect.common;

import java.io.Serializable;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;

/**
 * The object a Spark Connect server reads from a streaming query's {@code foreach} or
 * {@code foreachBatch} payload: the user's writer or function and the encoder of the values it is
 * given. Like {@link UdfPacket}, it stands in for Spark's Scala case class of this name with the
 * same name, serialVersionUID and fields, so that Java serialization writes what the server reads.
 *
 * <p>Internal to {@code spark-connect-lambdas}; not for use by applications.
 */
public final class ForeachWriterPacket implements Serializable {

  /** Spark's value for this class, declared in its source and the same from 3.5 to 4.2. */
  private static final long serialVersionUID = 3882541391565582579L;

  private final Object foreachWriter;
  private final AgnosticEncoder<?> datasetEncoder;

  /** A packet of {@code foreachWriter}, given values of {@code datasetEncoder}'s type. */
  public ForeachWriterPacket(Object foreachWriter, AgnosticEncoder<?> datasetEncoder) {
    this.foreachWriter = foreachWriter;
    this.datasetEncoder = datasetEncoder;
  }

  /** The writer (a {@code ForeachWriter}) or the batch function (a Scala {@code Function2}). */
  public Object foreachWriter() {
    return foreachWriter;
  }

  /** The encoder of the values the writer or function is given. */
  public AgnosticEncoder<?> datasetEncoder() {
    return datasetEncoder;
  }
}
