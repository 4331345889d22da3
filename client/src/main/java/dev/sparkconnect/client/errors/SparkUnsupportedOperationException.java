package dev.sparkconnect.client.errors;

/** An operation the server does not support, as Apache Spark's {@code SparkUnsupportedOperationException}. Server class: {@code org.apache.spark.SparkUnsupportedOperationException}. */
public class SparkUnsupportedOperationException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public SparkUnsupportedOperationException(ServerError error) {
    super(error);
  }
}
