package dev.sparkconnect.mock.faults;

/** Ends a response stream cleanly but without {@code result_complete}, so the client must reattach for the rest. */
public final class EndStream implements FaultEffect {

  @Override
  public boolean applyTo(FaultedCall call) {
    return call.endStream();
  }

  @Override
  public String describe() {
    return "END_STREAM";
  }
}
