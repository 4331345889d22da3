package dev.sparkconnect.protocol.versions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark version as a server reports it ({@code 4.2.0}, {@code 3.5.5}, {@code 4.1.0-SNAPSHOT}),
 * compared by major, minor and patch, for deciding how to talk to that server.
 *
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch version
 * @param text the version as the server wrote it
 */
public record SparkVersion(int major, int minor, int patch, String text) implements Comparable<SparkVersion> {

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

  /** Spark 4.0.0, where the protocol's 4.x forms (such as a SQL command's input relation) begin. */
  public static final SparkVersion V4_0 = new SparkVersion(4, 0, 0, "4.0.0");

  /** The Spark version whose protocol this build speaks (the build's {@code spark.version}; a test holds them equal). */
  public static final SparkVersion PROTOCOL = new SparkVersion(4, 2, 0, "4.2.0");

  /** Reads {@code text}; a text that does not start with {@code MAJOR.MINOR} fails saying so. */
  public static SparkVersion parse(String text) {
    Matcher match = VERSION.matcher(text == null ? "" : text.trim());
    if (!match.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a Spark version such as 4.2.0");
    }
    return new SparkVersion(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
        match.group(3) == null ? 0 : Integer.parseInt(match.group(3)), text.trim());
  }

  /** Whether this version is {@code other} or later. */
  public boolean isAtLeast(SparkVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(SparkVersion other) {
    int byMajor = Integer.compare(major, other.major);
    if (byMajor != 0) {
      return byMajor;
    }
    int byMinor = Integer.compare(minor, other.minor);
    return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return text;
  }
}
