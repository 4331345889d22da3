package dev.sparkconnect.client.errors;

/**
 * A call on a {@link dev.sparkconnect.client.SparkSession} that was already stopped or closed. Its
 * DataFrames cannot run any more; build a new session.
 */
public class SparkSessionClosedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The failure described by {@code message}. */
  public SparkSessionClosedException(String message) {
    super(message);
  }
}
