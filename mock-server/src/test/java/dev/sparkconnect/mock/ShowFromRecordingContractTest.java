package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.mock.record.RecordingProxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code show()} replayed from a recording of the rows alone prints exactly what the real server
 * prints, for every layout Spark has (cut cells, whole cells, vertical, fewer rows than the result)
 * and the awkward cells (nulls, long text, tabs and newlines, wide characters, decimals, nested
 * values); a result it cannot print exactly (a timestamp) stays a miss.
 */
@Tag("real-server")
class ShowFromRecordingContractTest {

  private static final Map<String, Function<SparkSession, DataFrame>> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put("numbers", spark -> spark.sql("SELECT id, id * 1.5D AS half, CAST(id AS DECIMAL(10, 2)) AS price,"
        + " id % 2 = 0 AS even FROM range(25)"));
    QUERIES.put("text", spark -> spark.sql("SELECT * FROM VALUES ('ada', 'a rather long text that is cut at twenty'),"
        + " (NULL, 'tab\\there and\\nnewline'), ('東京', '日本語のテキスト'), ('x', '') AS t(name, note)"));
    QUERIES.put("nested", spark -> spark.sql("SELECT array(1, 2, 3) AS xs, named_struct('a', 1, 'b', 'two') AS s,"
        + " map('k', 1) AS m, CAST('2026-01-04' AS DATE) AS day, X'0AFF' AS bytes"));
    QUERIES.put("empty", spark -> spark.sql("SELECT id FROM range(0)"));
  }

  @Test
  void showOfARecordedResultPrintsWhatTheServerPrints() {
    Map<String, String> printed = new LinkedHashMap<>();
    MockSparkConnectServer.Builder mock = MockSparkConnectServer.builder();
    try (RecordingProxy proxy = RecordingProxy.builder().target(LocalSparkConnectServer.shared().remote()).start();
         SparkSession spark = SparkSession.builder().remote(proxy.remote()).create()) {
      QUERIES.forEach((name, query) -> {
        DataFrame df = query.apply(spark);
        df.collectAsList();
        for (int[] layout : layouts()) {
          printed.put(name + " " + java.util.Arrays.toString(layout), df.showString(layout[0], layout[1], layout[2] == 1));
        }
      });
      // Only the collects go to the mock: the show() answers must come from the rows.
      mock.fixtures(onlyCollects(proxy.store()));
    }
    try (MockSparkConnectServer server = mock.start();
         SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
      QUERIES.forEach((name, query) -> {
        DataFrame df = query.apply(spark);
        for (int[] layout : layouts()) {
          String key = name + " " + java.util.Arrays.toString(layout);
          assertThat(df.showString(layout[0], layout[1], layout[2] == 1)).as(key).isEqualTo(printed.get(key));
        }
      });
    }
  }

  @Test
  void aResultWithATimestampIsNotGuessedAt() {
    MockSparkConnectServer.Builder mock = MockSparkConnectServer.builder();
    try (RecordingProxy proxy = RecordingProxy.builder().target(LocalSparkConnectServer.shared().remote()).start();
         SparkSession spark = SparkSession.builder().remote(proxy.remote()).create()) {
      spark.sql("SELECT TIMESTAMP'2026-01-04 10:00:00' AS at").collectAsList();
      mock.fixtures(onlyCollects(proxy.store()));
    }
    try (MockSparkConnectServer server = mock.start();
         SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
      assertThat(catchThrowable(() -> spark.sql("SELECT TIMESTAMP'2026-01-04 10:00:00' AS at").showString(20, 20, false)))
          .hasMessageContaining("MOCK_SERVER.NO_RECORDING");
    }
  }

  private static List<int[]> layouts() {
    return List.of(new int[] {20, 20, 0}, new int[] {3, 20, 0}, new int[] {20, 0, 0}, new int[] {20, 3, 0},
        new int[] {2, 20, 1}, new int[] {20, 0, 1});
  }

  private static dev.sparkconnect.fixtures.FixtureStore onlyCollects(dev.sparkconnect.fixtures.FixtureStore recorded) {
    dev.sparkconnect.fixtures.FixtureStore store = dev.sparkconnect.fixtures.FixtureStore.empty();
    recorded.all().stream().filter(fixture -> !fixture.plan().map(plan -> plan.getRoot().hasShowString()).orElse(false))
        .forEach(store::add);
    return store;
  }
}
