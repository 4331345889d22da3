package dev.sparkconnect.mock.faults;

/**
 * Abandons the call's operation as Spark does when no client came back for it within the
 * detached timeout: the stream is cut and a reattach fails with
 * {@code INVALID_HANDLE.OPERATION_ABANDONED}.
 */
public final class AbandonOperation implements FaultEffect {

  @Override
  public boolean applyTo(FaultedCall call) {
    return call.abandonOperation();
  }

  @Override
  public String describe() {
    return "ABANDON_OPERATION";
  }
}
