package dev.sparkconnect.client.errors;

/** An array index out of range under ANSI mode, as Apache Spark's {@code SparkArrayIndexOutOfBoundsException}. Server class: {@code org.apache.spark.SparkArrayIndexOutOfBoundsException}. */
public class SparkArrayIndexOutOfBoundsException extends SparkException {

  private static final long serialVersionUID = 1L;

  public SparkArrayIndexOutOfBoundsException(ServerError error) {
    super(error);
  }
}
