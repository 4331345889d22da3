package dev.sparkconnect.mock.faults;

/** Forgets the calling session, as a server that evicted it would: its next call finds a new server-side session id. */
public final class LoseSession implements FaultEffect {

  @Override
  public boolean applyTo(FaultedCall call) {
    return call.loseSession();
  }

  @Override
  public String describe() {
    return "LOSE_SESSION";
  }
}
