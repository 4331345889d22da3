package dev.sparkconnect.benchmarks;

import java.nio.file.Path;

/**
 * What the harness tells each benchmark JVM, as system properties: where the recorded fixtures
 * are and where the real server answers.
 */
public final class BenchmarkProperties {

  /** The folder {@link RecordedShapes} filled. */
  public static final String FIXTURES = "benchmarks.fixtures";
  /** The real local server's {@code sc://} string. */
  public static final String REAL_SERVER = "benchmarks.real";

  private BenchmarkProperties() {}

  /** The recorded fixtures' root folder. */
  public static Path fixtures() {
    return Path.of(required(FIXTURES));
  }

  /** The real server's {@code sc://} string. */
  public static String realServer() {
    return required(REAL_SERVER);
  }

  private static String required(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + key + " is not set: run the benchmarks with "
          + "RunBenchmarks (mvn -B -ntp -DskipTests -Pbenchmarks verify), which records the fixtures and starts the server");
    }
    return value;
  }
}
