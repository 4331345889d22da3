package dev.sparkconnect.client.errors;

/** Overflow, division by zero and other arithmetic errors under ANSI mode, as Apache Spark's {@code SparkArithmeticException}. Server class: {@code org.apache.spark.SparkArithmeticException}. */
public class SparkArithmeticException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public SparkArithmeticException(ServerError error) {
    super(error);
  }
}
