package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.mock.record.RecordingProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query suite, recorded from a real Spark server through the recording proxy, replays through
 * the mock server with the same outcome: same schemas, same rows, same errors. Recording twice
 * gives byte-identical fixtures.
 */
class RecordAndReplayContractTest {

  @TempDir
  static Path recordings;

  private static Map<String, String> live;

  @BeforeAll
  static void recordTheSuiteFromARealServer() {
    live = recordInto(recordings);
  }

  private static Map<String, String> recordInto(Path folder) {
    try (RecordingProxy proxy = RecordingProxy.builder()
            .target(LocalSparkConnectServer.shared().remote())
            .recordTo(folder)
            .start();
         SparkSession spark = SparkSession.builder().remote(proxy.remote()).create()) {
      spark.conf().set("spark.sql.session.timeZone", "UTC");
      Map<String, String> outcomes = QuerySuite.run(spark);
      assertThat(proxy.failures()).as("interactions the proxy could not record").isEmpty();
      return outcomes;
    }
  }

  @Test
  void theLiveOutcomesAreRealResultsAndErrors() {
    assertThat(live.get("range")).endsWith("\n[9]");
    assertThat(live.get("multi-batch")).isEqualTo("100000 rows, sum 4999950000");
    assertThat(live.get("missing table")).startsWith("fails: AnalysisException TABLE_OR_VIEW_NOT_FOUND");
    assertThat(live.get("parse error")).startsWith("fails: ParseException PARSE_SYNTAX_ERROR");
    assertThat(live.get("divide by zero")).startsWith("fails: SparkArithmeticException DIVIDE_BY_ZERO");
  }

  @Test
  void everyQueryReplaysThroughTheMockWithTheSameOutcome() {
    try (MockSparkConnectServer mock = MockSparkConnectServer.builder().fixtures(recordings).start();
         SparkSession spark = SparkSession.builder().remote(mock.remote()).create()) {
      spark.conf().set("spark.sql.session.timeZone", "UTC");

      Map<String, String> replayed = QuerySuite.run(spark);

      assertThat(replayed).containsExactlyEntriesOf(live);
      assertThat(mock.journal().count("ExecutePlan")).isGreaterThan(QuerySuite.queries().size());
    }
  }

  @Test
  void recordingTheSameQueriesAgainGivesByteIdenticalFixtures(@TempDir Path again) throws IOException {
    recordInto(again);

    Map<String, String> first = contents(recordings);
    Map<String, String> second = contents(again);
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    assertThat(second).containsExactlyEntriesOf(first);
    assertThat(FixtureStore.load(again).size()).isGreaterThan(QuerySuite.queries().size());
  }

  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        files.put(folder.relativize(file).toString(), file.toString().endsWith(".arrow")
            ? java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes))
            : new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }
}
