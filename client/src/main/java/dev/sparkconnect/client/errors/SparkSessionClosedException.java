package dev.sparkconnect.client.errors;

/**
 * A call on a {@link dev.sparkconnect.client.SparkSession} that was already stopped or closed: by
 * this client, or by the server (which evicts a session idle past
 * {@code spark.connect.session.manager.defaultSessionTimeout} and answers
 * {@code INVALID_HANDLE.SESSION_CLOSED} from then on). Its DataFrames cannot run any more; build a
 * new session.
 */
public class SparkSessionClosedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The failure described by {@code message}. */
  public SparkSessionClosedException(String message) {
    super(message);
  }

  /** The failure described by {@code message}, caused by the server's answer {@code cause}. */
  public SparkSessionClosedException(String message, Throwable cause) {
    super(message, cause);
  }
}
