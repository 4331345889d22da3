package dev.sparkconnect.client.errors;

/** An operation the server's security settings forbid, as Apache Spark's {@code SparkSecurityException}. Server class: {@code org.apache.spark.SparkSecurityException}. */
public class SparkSecurityException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public SparkSecurityException(ServerError error) {
    super(error);
  }
}
