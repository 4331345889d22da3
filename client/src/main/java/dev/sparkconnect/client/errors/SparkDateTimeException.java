package dev.sparkconnect.client.errors;

/** A date or time that cannot be parsed, built or computed, as Apache Spark's {@code SparkDateTimeException}. Server class: {@code org.apache.spark.SparkDateTimeException}. */
public class SparkDateTimeException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public SparkDateTimeException(ServerError error) {
    super(error);
  }
}
