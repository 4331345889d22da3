package dev.sparkconnect.client.errors;

/**
 * A call kept failing with retryable errors (the server unavailable, streams cut) until the retry
 * policy's budget ran out. The cause is the last failure; {@link #attempts()} says how many tries
 * were made. Raise the budget with {@code RetryPolicy.withMaxRetries} if the outages are expected.
 */
public class RetriesExhaustedException extends SparkConnectionException {

  private static final long serialVersionUID = 1L;

  private final int attempts;

  /** An exhausted budget after {@code attempts} tries, the last failure being {@code cause}. */
  public RetriesExhaustedException(String message, int attempts, Throwable cause) {
    super(message, cause);
    this.attempts = attempts;
  }

  /** How many times the call was tried in all. */
  public int attempts() {
    return attempts;
  }
}
