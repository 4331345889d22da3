package dev.sparkconnect.mock.faults;

/** Closes every client connection, as a network failure would; the calls in flight fail with {@code UNAVAILABLE}. */
public final class DropConnection implements FaultEffect {

  @Override
  public boolean applyTo(FaultedCall call) {
    return call.dropConnections();
  }

  @Override
  public String describe() {
    return "DROP_CONNECTION";
  }
}
