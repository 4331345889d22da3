package dev.sparkconnect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.mock.record.RecordingProxy;
import dev.sparkconnect.mock.verify.FixtureVerifier;
import dev.sparkconnect.mock.verify.VerifyReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample fixtures bundled in the fixtures module are the truth about Spark: the sample queries
 * print the same through the mock as on a real server, the recordings verify against it, and
 * recording them again changes no byte.
 */
@Tag("real-server")
class SampleFixturesTest {

  private static final String SAMPLES = "spark-connect/samples";

  private static String output(String remote) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (SparkSession spark = SparkSession.builder().remote(remote).create()) {
      spark.conf().set("spark.sql.session.timeZone", "UTC");
      SampleQueries.run(spark, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSampleQueriesPrintTheSameThroughTheMockAsOnARealServer() {
    String real = output(LocalSparkConnectServer.shared().remote());
    String replayed;
    try (MockSparkConnectServer mock = MockSparkConnectServer.builder().fixturesFromClasspath(SAMPLES).start()) {
      replayed = output(mock.remote());
    }

    assertThat(replayed).isEqualTo(real)
        .contains("Spark 4.2.0, columns name, distance_au, moons, 6 rows:")
        .contains("| Saturn|      9.537|  146|     true|")
        .contains("Collected 10000 rows of range(10000)")
        .contains("|delivered|     3| 193.99|")
        .contains("fails with UNRESOLVED_COLUMN.WITH_SUGGESTION (SQLSTATE 42703)");
  }

  @Test
  void theBundledSamplesVerifyAgainstARealServer() {
    VerifyReport report = FixtureVerifier.builder()
        .target(LocalSparkConnectServer.shared().remote())
        .fixtures(FixtureStore.fromClasspath(SAMPLES))
        .config("spark.sql.session.timeZone", "UTC")
        .build()
        .run();

    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.checks()).hasSizeGreaterThan(10);
  }

  @Test
  void recordingTheSamplesAgainChangesNoByte(@TempDir Path again) throws IOException {
    try (RecordingProxy proxy = RecordingProxy.builder()
            .target(LocalSparkConnectServer.shared().remote()).recordTo(again).start();
         SparkSession spark = SparkSession.builder().remote(proxy.remote()).create()) {
      spark.conf().set("spark.sql.session.timeZone", "UTC");
      SampleQueries.run(spark, new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    Path bundled = Path.of("..", "fixtures", "src", "main", "resources", SAMPLES);
    assertThat(contents(again)).isEqualTo(contents(bundled));
  }

  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString().replace('\\', '/'),
            java.util.HexFormat.of().formatHex(Files.readAllBytes(file)).hashCode() + ":" + Files.size(file));
      }
    }
    return files;
  }
}
