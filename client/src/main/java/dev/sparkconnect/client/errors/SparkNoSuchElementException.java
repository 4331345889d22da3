package dev.sparkconnect.client.errors;

/** A map key or element that does not exist, as Apache Spark's {@code SparkNoSuchElementException}. Server class: {@code org.apache.spark.SparkNoSuchElementException}. */
public class SparkNoSuchElementException extends SparkException {

  private static final long serialVersionUID = 1L;

  public SparkNoSuchElementException(ServerError error) {
    super(error);
  }
}
