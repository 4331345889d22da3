package dev.sparkconnect.mock.conformance;

/**
 * How one case went against the endpoint.
 *
 * @param id the case's {@code area/name}
 * @param checks what the case checks
 * @param outcome passed, failed or skipped
 * @param detail for a failure, what did not hold; for a skip, why; empty for a pass
 * @param millis how long the case took
 */
public record CaseResult(String id, String checks, Outcome outcome, String detail, long millis) {

  /** A case's outcome. */
  public enum Outcome {
    /** Every check held. */
    PASSED,
    /** A check did not hold, or a call failed that should not have. */
    FAILED,
    /** The case could not judge this endpoint (an optional RPC left out, an older Spark version). */
    SKIPPED
  }

  @Override
  public String toString() {
    String mark = switch (outcome) {
      case PASSED -> "PASS";
      case FAILED -> "FAIL";
      case SKIPPED -> "SKIP";
    };
    return mark + "  " + id + (detail.isEmpty() ? "" : "\n      " + detail.replace("\n", "\n      "));
  }
}
