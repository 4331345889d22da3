package dev.sparkconnect.client.errors;

/**
 * The client could not talk to the server, or the server broke off in a way that is not a Spark
 * error: unreachable, refused, TLS or authentication failure, a timeout. The message says what was
 * being attempted and the gRPC status; the cause is gRPC's own exception.
 */
public class SparkConnectionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The failure described by {@code message}, caused by {@code cause}. */
  public SparkConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
