package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.mock.record.RecordingProxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apache Spark's own JVM client replays, through the mock server, fixtures that our client
 * recorded from a real server: the mock speaks the protocol, not our client's dialect, and the
 * canonical plans of both clients are the same.
 */
@Tag("real-server")
class ApacheClientReplayTest {

  @TempDir
  static Path recordings;

  private static MockSparkConnectServer mock;
  private static org.apache.spark.sql.connect.SparkSession apache;
  private static List<String> ours;

  @BeforeAll
  static void recordWithOurClientThenConnectApachesToTheMock() {
    try (RecordingProxy proxy = RecordingProxy.builder()
            .target(LocalSparkConnectServer.shared().remote()).recordTo(recordings).start();
         SparkSession spark = SparkSession.builder().remote(proxy.remote()).create()) {
      ours = new ArrayList<>();
      ours.add(text(spark.range(10).collectAsList(), row -> String.valueOf(row.getLong(0))));
      ours.add(text(spark.range(100).filter(dev.sparkconnect.client.functions.col("id").mod(7).equalTo(0))
          .select(dev.sparkconnect.client.functions.col("id").multiply(2).alias("twice")).collectAsList(),
          row -> String.valueOf(row.getLong(0))));
      ours.add(text(spark.sql("SELECT 'text' AS s, 4L AS l, 2.5D AS d").collectAsList(),
          row -> row.getString(0) + "," + row.getLong(1) + "," + row.getDouble(2)));
      ours.add(text(spark.range(0, 100_000, 1, 4).collectAsList(), row -> String.valueOf(row.getLong(0))));
      try {
        spark.table("no_such_table").collectAsList();
      } catch (dev.sparkconnect.client.errors.SparkException e) {
        ours.add(e.getCondition());
      }
      assertThat(proxy.failures()).isEmpty();
    }
    mock = MockSparkConnectServer.builder().fixtures(recordings).start();
    apache = org.apache.spark.sql.connect.SparkSession.builder().remote(mock.remote()).create();
  }

  @AfterAll
  static void close() {
    if (apache != null) {
      apache.close();
    }
    if (mock != null) {
      mock.close();
    }
  }

  @Test
  void apachesClientBreaksAndRecoversWithFaultsArmedOverHttpAndTheJournalReadBack() throws Exception {
    try (dev.sparkconnect.mock.admin.AdminServer admin = dev.sparkconnect.mock.admin.AdminServer.start(mock, 0, null)) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      java.net.http.HttpResponse<String> armed = http.send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(admin.address() + "faults"))
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"fault\": \"endStream\", \"afterResponses\": 1}"))
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(armed.statusCode()).isEqualTo(201);
      http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(admin.address() + "journal")).DELETE().build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());

      List<Row> rows = apache.range(0, 100_000, 1, 4).toDF().collectAsList();

      assertThat(text(rows, row -> String.valueOf(row.getLong(0)))).isEqualTo(ours.get(3));
      String reattaches = http.send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(admin.address() + "journal?rpc=ReattachExecute")).GET().build(),
          java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      assertThat(reattaches).contains("\"rpc\": \"ReattachExecute\"").contains("\"lastResponseId\"");
      String faults = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(admin.address() + "faults"))
          .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      assertThat(faults).contains("\"pending\": []").contains("\"unfired\": []");
    }
  }

  /**
   * Apache's client chooses its own faults with nothing but its connection string: the
   * {@code spark-connect-mock-fault} parameter travels as a header on every call, and every query's
   * stream ends after one response, which the client reattaches past.
   */
  @Test
  void apachesClientBreaksItsOwnStreamsWithAFaultHeaderInItsConnectionString() {
    int reattachesBefore = mock.journal().reattachCount();
    try (org.apache.spark.sql.connect.SparkSession faulted = org.apache.spark.sql.connect.SparkSession.builder()
        .remote(mock.remote() + "/;" + FaultHeader.NAME + "=endStream@1").create()) {
      for (int query = 0; query < 2; query++) {
        List<Row> rows = faulted.range(0, 100_000, 1, 4).toDF().collectAsList();
        assertThat(text(rows, row -> String.valueOf(row.getLong(0)))).isEqualTo(ours.get(3));
      }
    }
    assertThat(mock.journal().reattachCount() - reattachesBefore).isGreaterThanOrEqualTo(2);
  }

  /** Apache's client through a network that resets its connection in the middle of a result. */
  @Test
  void apachesClientRecoversFromAConnectionResetMidStream() {
    try (dev.sparkconnect.mock.network.FaultyNetwork network =
             dev.sparkconnect.mock.network.FaultyNetwork.inFrontOf(mock.port());
         org.apache.spark.sql.connect.SparkSession faulted = org.apache.spark.sql.connect.SparkSession.builder()
             .remote("sc://localhost:" + network.port()).create()) {
      network.add(dev.sparkconnect.mock.network.NetworkFault.reset().afterBytes(200_000).times(1));

      List<Row> rows = faulted.range(0, 100_000, 1, 4).toDF().collectAsList();

      assertThat(text(rows, row -> String.valueOf(row.getLong(0)))).isEqualTo(ours.get(3));
      assertThat(network.events()).anyMatch(event -> event.contains("downstream: reset after"));
    }
  }

  @Test
  void aRangeReplaysRowForRow() {
    assertThat(text(apache.range(10).toDF().collectAsList(), row -> String.valueOf(row.getLong(0)))).isEqualTo(ours.get(0));
  }

  @Test
  void aDataFrameBuiltWithApachesApiFindsTheRecordingOfOurs() {
    List<Row> rows = apache.range(100).filter(functions.col("id").mod(7).equalTo(0))
        .select(functions.col("id").multiply(2).alias("twice")).collectAsList();
    assertThat(text(rows, row -> String.valueOf(row.getLong(0)))).isEqualTo(ours.get(1));
  }

  @Test
  void sqlReplaysWithItsTypes() {
    List<Row> rows = apache.sql("SELECT 'text' AS s, 4L AS l, 2.5D AS d").collectAsList();
    assertThat(text(rows, row -> row.getString(0) + "," + row.getLong(1) + "," + row.getDouble(2)))
        .isEqualTo(ours.get(2)).isEqualTo("text,4,2.5");
  }

  @Test
  void aMultiBatchResultReplaysCompletely() {
    List<Row> rows = apache.range(0, 100_000, 1, 4).toDF().collectAsList();
    assertThat(rows).hasSize(100_000);
    assertThat(text(rows, row -> String.valueOf(row.getLong(0)))).isEqualTo(ours.get(3));
  }

  @Test
  void aRecordedErrorIsApachesOwnExceptionClass() {
    assertThatThrownBy(() -> apache.table("no_such_table").collectAsList())
        .isInstanceOf(AnalysisException.class)
        .satisfies(e -> assertThat(((AnalysisException) e).getCondition()).isEqualTo(ours.get(4))
            .isEqualTo("TABLE_OR_VIEW_NOT_FOUND"));
  }

  private static <R> String text(List<R> rows, Function<R, String> cell) {
    List<String> lines = new ArrayList<>();
    rows.forEach(row -> lines.add(cell.apply(row)));
    return String.join("\n", lines);
  }
}
