package dev.sparkconnect.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sparkconnect.client.SparkSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The proof that recordings can be committed: a suite recorded from a real server started with
 * {@code spark.connect.authenticate.token}, reading every setting the server will tell (the
 * {@code Config} RPC, {@code SET}, {@code SET -v}) and reading a JDBC-style source whose options
 * carry a password, leaves neither the token nor the password in any fixture file or log line.
 */
@Tag("real-server")
class RecordingsHoldNoSecretsTest {

  static final List<String> TOKENS = new ArrayList<>();
  static final String PASSWORD = "hunter2-" + java.util.UUID.randomUUID();

  @SparkConnectTest(authenticate = true)
  static class ReadsEverySetting {
    @Test
    void readsTheServersSettings(SparkSession spark) {
      // The server tells its own token to whoever asks (the test is told; its recordings must not be).
      Map<String, String> all = spark.conf().getAll();
      TOKENS.add(all.get("spark.connect.authenticate.token"));
      spark.sql("SET").collectAsList();
      spark.sql("SET -v").collectAsList();
      spark.sql("SET spark.sql.shuffle.partitions").collectAsList();
      spark.conf().set("spark.example.password", PASSWORD);
      spark.sql("SET spark.example.password").collectAsList();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> spark.read().format("csv").option("password", PASSWORD)
          .option("header", "true").schema("a INT").load("/nonexistent/orders.csv").collectAsList())
          .hasMessageContaining("PATH_NOT_FOUND");
    }
  }

  @TempDir
  Path fixtures;

  @Test
  void neitherTheTokenNorAPasswordReachesAFixtureOrALog() throws IOException {
    TOKENS.clear();
    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
    EngineExecutionResults results;
    try {
      results = EngineTestKit.engine("junit-jupiter")
          .configurationParameter(ExtensionSettings.FIXTURES, fixtures.toString())
          .configurationParameter(ExtensionSettings.MODE, "RECORD")
          .configurationParameter(ExtensionSettings.BACKEND, "LOCAL")
          .selectors(selectClass(ReadsEverySetting.class))
          .execute();
    } finally {
      System.setErr(original);
    }
    assertThat(results.testEvents().failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::toString).orElse(""))
        .toList()).as("failures of the recorded test").isEmpty();
    results.testEvents().assertStatistics(stats -> stats.succeeded(1));
    assertThat(TOKENS).hasSize(1);
    String token = TOKENS.get(0);
    assertThat(token).as("the token, as the server told it").isNotNull().hasSizeGreaterThan(16);

    List<Path> files = files(fixtures);
    assertThat(files).as("the fixtures written").hasSizeGreaterThan(5);
    List<String> leaks = new ArrayList<>();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      if (text.contains(token)) {
        leaks.add(fixtures.relativize(file) + " holds the token");
      }
      if (text.contains(PASSWORD)) {
        leaks.add(fixtures.relativize(file) + " holds the password");
      }
    }
    assertThat(leaks).isEmpty();
    assertThat(logs.toString(StandardCharsets.UTF_8)).doesNotContain(token).doesNotContain(PASSWORD);

    // The redacted recordings still answer the live requests, the password-bearing read included.
    EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ExtensionSettings.FIXTURES, fixtures.toString())
        .configurationParameter(ExtensionSettings.MODE, "REPLAY")
        .selectors(selectClass(ReadsEverySetting.class))
        .execute().testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  @SparkConnectTest(authenticate = true)
  static class PrintsTheTokenIntoAResult {
    @Test
    void selectsTheToken(SparkSession spark) {
      String token = spark.conf().get("spark.connect.authenticate.token");
      spark.sql("SELECT '" + token.substring(0, 8) + "' || '" + token.substring(8) + "' AS leaked").collectAsList();
    }
  }

  @Test
  void aRecordingThatWouldHoldTheTokenIsNotWrittenAndTheTestFails() throws IOException {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ExtensionSettings.FIXTURES, fixtures.toString())
        .configurationParameter(ExtensionSettings.MODE, "RECORD")
        .configurationParameter(ExtensionSettings.BACKEND, "LOCAL")
        .selectors(selectClass(PrintsTheTokenIntoAResult.class))
        .execute();

    results.testEvents().assertThatEvents().haveExactly(1, org.junit.platform.testkit.engine.EventConditions.event(
        org.junit.platform.testkit.engine.EventConditions.finishedWithFailure(
            org.junit.platform.testkit.engine.TestExecutionResultConditions.message(text ->
                text.contains("would hold 1 secret, so none was written") && text.contains("holds a known secret")))));
    assertThat(files(fixtures)).isEmpty();
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
