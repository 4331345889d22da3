package dev.sparkconnect.junit;

import dev.sparkconnect.protocol.connection.ConnectionString;
import java.nio.file.Path;

/**
 * The server a test talks to: its {@code sc://} address (the mock's, the recording proxy's or the
 * real server's), the mode and backend in force, and the test's fixture folder. Injectable into
 * test methods, for clients other than ours.
 */
public record SparkConnectEndpoint(String remote, Mode mode, Backend backend, Path fixtures) {

  /** The endpoint with any token or header value of its {@code sc://} string redacted. */
  @Override
  public String toString() {
    return redacted(remote) + " (" + mode + (mode.needsRealServer() ? ", " + backend : "") + ", fixtures " + fixtures + ")";
  }

  /** {@code remote} as it may be shown: token and header values replaced by {@code <redacted>}. */
  static String redacted(String remote) {
    try {
      return ConnectionString.parse(remote).toString();
    } catch (IllegalArgumentException e) {
      return "(an sc:// string that does not parse)";
    }
  }
}
