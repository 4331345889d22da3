package dev.sparkconnect.client.errors;

/** An argument a function or command does not accept, as Apache Spark's {@code SparkIllegalArgumentException}. Server class: {@code org.apache.spark.SparkIllegalArgumentException}. */
public class SparkIllegalArgumentException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public SparkIllegalArgumentException(ServerError error) {
    super(error);
  }
}
