package dev.sparkconnect.client.errors;

/** Text that is not a number where one was expected, as Apache Spark's {@code SparkNumberFormatException}. Server class: {@code org.apache.spark.SparkNumberFormatException}. */
public class SparkNumberFormatException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public SparkNumberFormatException(ServerError error) {
    super(error);
  }
}
