package dev.sparkconnect.junit;

/** Where a {@link SparkConnectTest}'s answers come from. */
public enum Mode {
  /** The mock server serves the test's fixtures: no Spark, no network. A plan with no recording fails the test. */
  REPLAY,
  /** A real server behind the recording proxy; the test's fixtures are written, replacing the old ones. */
  RECORD,
  /** A test with fixtures replays them; a test with none records them from a real server. */
  RECORD_MISSING,
  /** A real server; every answer is compared with its fixture and a difference fails the test. */
  VERIFY,
  /** A real server, no fixtures at all. */
  LIVE;

  /** Whether this mode needs a real Spark Connect server. */
  public boolean needsRealServer() {
    return this != REPLAY;
  }
}
