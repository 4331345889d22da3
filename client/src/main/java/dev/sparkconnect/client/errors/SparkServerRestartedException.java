package dev.sparkconnect.client.errors;

/**
 * The server restarted since this session began (its server-side session id changed): temporary
 * views, cached tables and session configuration are gone with it. Build a new session and set up
 * what the work needs again.
 */
public class SparkServerRestartedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The failure described by {@code message}, caused by {@code cause}. */
  public SparkServerRestartedException(String message, Throwable cause) {
    super(message, cause);
  }
}
