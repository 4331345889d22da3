package dev.sparkconnect.junit;

import java.nio.file.Path;

/**
 * The server a test talks to: its {@code sc://} address (the mock's, the recording proxy's or the
 * real server's), the mode and backend in force, and the test's fixture folder. Injectable into
 * test methods, for clients other than ours.
 */
public record SparkConnectEndpoint(String remote, Mode mode, Backend backend, Path fixtures) {

  @Override
  public String toString() {
    return remote + " (" + mode + (mode.needsRealServer() ? ", " + backend : "") + ", fixtures " + fixtures + ")";
  }
}
