package dev.sparkconnect.mock.conformance;

/** A conformance case's check that did not hold; its message says what was expected and what came. */
final class CaseFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failed check, described for the report. */
  CaseFailed(String message) {
    super(message, null, false, false);
  }
}
