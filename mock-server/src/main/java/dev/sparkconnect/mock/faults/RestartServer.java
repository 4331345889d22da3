package dev.sparkconnect.mock.faults;

/** Restarts the server, as a driver restart would */
public final class RestartServer implements FaultEffect {

  @Override
  public boolean applyTo(FaultedCall call) {
    return call.restartServer();
  }

  @Override
  public String describe() {
    return " every session and operation is gone.:RESTART_SERVER";
  }
}
