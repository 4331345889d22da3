package dev.sparkconnect.client.errors;

/** An array index out of range under ANSI mode, as Apache Spark's {@code SparkArrayIndexOutOfBoundsException}. Server class: {@code org.apache.spark.SparkArrayIndexOutOfBoundsException}. */
public class SparkArrayIndexOutOfBoundsException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public SparkArrayIndexOutOfBoundsException(ServerError error) {
    super(error);
  }
}
