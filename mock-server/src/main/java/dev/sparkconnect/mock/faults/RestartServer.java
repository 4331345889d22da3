package dev.sparkconnect.mock.faults;

/** Restarts the server, as a driver restart would: every session and operation is gone. */
public final class RestartServer implements FaultEffect {

  @Override
  public boolean applyTo(FaultedCall call) {
    return call.restartServer();
  }

  @Override
  public String describe() {
    return "RESTART_SERVER";
  }
}
