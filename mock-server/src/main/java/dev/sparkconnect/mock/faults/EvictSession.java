package dev.sparkconnect.mock.faults;

/**
 * Evicts the calling session as Spark's session manager does with an idle one: the call, and
 * every later call naming the session, fail with {@code INVALID_HANDLE.SESSION_CLOSED}.
 */
public final class EvictSession implements FaultEffect {

  @Override
  public boolean applyTo(FaultedCall call) {
    return call.evictSession();
  }

  @Override
  public String describe() {
    return "EVICT_SESSION";
  }
}
