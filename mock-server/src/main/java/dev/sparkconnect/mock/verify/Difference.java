package dev.sparkconnect.mock.verify;

/** One way a server's answer differs from its recording: where, what was recorded, what came now. */
public record Difference(String where, String recorded, String now) {
  @Override
  public String toString() {
    return where + ": recorded " + recorded + ", now " + now;
  }
}
