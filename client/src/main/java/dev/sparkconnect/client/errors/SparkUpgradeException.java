package dev.sparkconnect.client.errors;

/** Behaviour that changed between Spark versions and needs a decision, as Apache Spark's {@code SparkUpgradeException}. Server class: {@code org.apache.spark.SparkUpgradeException}. */
public class SparkUpgradeException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public SparkUpgradeException(ServerError error) {
    super(error);
  }
}
