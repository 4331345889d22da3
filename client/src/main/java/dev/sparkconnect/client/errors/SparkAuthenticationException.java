package dev.sparkconnect.client.errors;

/**
 * The server refused this client's credentials: no bearer token where one is required, a wrong
 * one, or a user the server does not admit. Retrying cannot help, so the client never does; fix the
 * {@code token=} of the connection string (the message says which it was, never the token itself).
 */
public class SparkAuthenticationException extends SparkConnectionException {

  private static final long serialVersionUID = 1L;

  /** The refusal described by {@code message}, caused by {@code cause}. */
  public SparkAuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
