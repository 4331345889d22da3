package dev.sparkconnect.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.mock.MockSparkConnectServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A folder of SQL files runs as tests, recorded from a server (here a mock standing in as the
 * EXTERNAL one, with stubbed answers), replayed without one, and verified against it: a changed
 * file or a changed answer fails naming the file and line.
 */
class SqlGoldenFilesTest {

  static Path queries;

  @SparkConnectTest
  static class Queries {
    @SqlGoldenFiles("target/sql-golden-files-test/queries")
    void queries(SqlFile file, SparkSession spark) {
      file.runOn(spark);
    }
  }

  @TempDir
  Path fixtures;
  private MockSparkConnectServer server;

  @BeforeEach
  void writeQueries() throws IOException {
    queries = Path.of("target/sql-golden-files-test/queries");
    if (Files.exists(queries)) {
      try (var walk = Files.walk(queries)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    Files.createDirectories(queries.resolve("more"));
    Files.writeString(queries.resolve("a.sql"), "-- two statements\nSELECT 1 AS one;\n\nSELECT 2 AS two;\n");
    Files.writeString(queries.resolve("more/b.sql"), "SELECT 3 AS three;\n");
  }

  private MockSparkConnectServer serverAnswering(int three) {
    MockSparkConnectServer mock = MockSparkConnectServer.builder().start();
    mock.stubSql("SELECT 1 AS one").returns("one INT", new Object[] {1});
    mock.stubSql("SELECT 2 AS two").returns("two INT", new Object[] {2});
    mock.stubSql("SELECT 3 AS three").returns("three INT", new Object[] {three});
    return mock;
  }

  private EngineExecutionResults run(String mode, String remote) {
    var kit = EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ExtensionSettings.FIXTURES, fixtures.toString())
        .configurationParameter(ExtensionSettings.MODE, mode);
    if (remote != null) {
      kit.configurationParameter(ExtensionSettings.BACKEND, "EXTERNAL").configurationParameter(ExtensionSettings.REMOTE,
          remote);
    }
    return kit.selectors(selectClass(Queries.class)).execute();
  }

  private static List<String> failures(EngineExecutionResults results) {
    return results.testEvents().failed().stream().map(event -> event.getTestDescriptor().getDisplayName() + ": "
        + event.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::getMessage).orElse(""))
        .toList();
  }

  @Test
  void eachFileIsATestThatRecordsReplaysAndVerifies() throws IOException {
    try (MockSparkConnectServer real = serverAnswering(3)) {
      EngineExecutionResults recorded = run("RECORD", real.remote());
      assertThat(failures(recorded)).isEmpty();
      assertThat(recorded.testEvents().started().stream().map(event -> event.getTestDescriptor().getDisplayName()))
          .containsExactly("a.sql", "more/b.sql");
    }
    Path folder = fixtures.resolve(Queries.class.getName().replace('$', '.')).resolve("queries");
    assertThat(folder.resolve("a.sql")).isDirectory();
    assertThat(folder.resolve("more/b.sql")).isDirectory();

    EngineExecutionResults replayed = run("REPLAY", null);
    assertThat(failures(replayed)).isEmpty();
    replayed.testEvents().assertStatistics(stats -> stats.succeeded(2));

    try (MockSparkConnectServer changed = serverAnswering(4)) {
      List<String> verified = failures(run("VERIFY", changed.remote()));
      assertThat(verified).hasSize(1);
      assertThat(verified.get(0)).startsWith("more/b.sql: ").contains("(more/b.sql:1)")
          .contains("row 0 column three: recorded 3, now 4");
    }
  }

  @Test
  void aStatementWithNoRecordingFailsNamingItsFileAndLine() throws IOException {
    try (MockSparkConnectServer real = serverAnswering(3)) {
      assertThat(failures(run("RECORD", real.remote()))).isEmpty();
    }
    Files.writeString(queries.resolve("a.sql"), "-- two statements\nSELECT 1 AS one;\n\nSELECT 22 AS two;\n");

    List<String> replayed = failures(run("REPLAY", null));

    assertThat(replayed).hasSize(1);
    assertThat(replayed.get(0)).startsWith("a.sql: a.sql:4: SELECT 22 AS two");
  }
}
