package dev.sparkconnect.client.errors;

/** A streaming query that failed, as Apache Spark's {@code StreamingQueryException}. Server class: {@code org.apache.spark.sql.streaming.StreamingQueryException}. */
public class StreamingQueryException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public StreamingQueryException(ServerError error) {
    super(error);
  }
}
