package dev.sparkconnect.client.errors;

/** A runtime failure while the query ran, as Apache Spark's {@code SparkRuntimeException}. Server class: {@code org.apache.spark.SparkRuntimeException}. */
public class SparkRuntimeException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public SparkRuntimeException(ServerError error) {
    super(error);
  }
}
