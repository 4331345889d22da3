package dev.sparkconnect.mock.conformance;

/**
 * Thrown by a case that cannot judge this endpoint (an RPC it does not implement, a Spark version
 * older than the behaviour): reported as skipped with the reason, never as passed.
 */
public final class CaseSkipped extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A skip, with why. */
  public CaseSkipped(String reason) {
    super(reason, null, false, false);
  }
}
