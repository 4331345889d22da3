package dev.sparkconnect.client.errors;

/** A map key or element that does not exist, as Apache Spark's {@code SparkNoSuchElementException}. Server class: {@code org.apache.spark.SparkNoSuchElementException}. */
public class SparkNoSuchElementException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public SparkNoSuchElementException(ServerError error) {
    super(error);
  }
}
