package dev.sparkconnect.localserver;

/**
 * A local Spark Connect server that did not come up: its jars could not be had, its JVM exited, or
 * it did not answer in time. The message carries the end of the server's own log.
 */
public final class LocalServerStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The failure described by {@code message}. */
  public LocalServerStartException(String message) {
    super(message);
  }

  /** The failure described by {@code message}, caused by {@code cause}. */
  public LocalServerStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
