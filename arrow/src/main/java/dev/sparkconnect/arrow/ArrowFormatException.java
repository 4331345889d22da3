package dev.sparkconnect.arrow;

/**
 * Arrow IPC bytes that cannot be read: truncated, malformed, or using a feature that Spark never
 * writes (dictionaries, unions, view types). The message says which, and where.
 */
public final class ArrowFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The failure described by {@code message}. */
  public ArrowFormatException(String message) {
    super(message);
  }

  /** The failure described by {@code message}, caused by {@code cause}. */
  public ArrowFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
