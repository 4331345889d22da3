package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.RetryPolicy;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.RetriesExhaustedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults a client chooses itself, in the {@code spark-connect-mock-fault} header (here through its
 * connection string, as any Spark client can): they fire on the call carrying them, once per
 * operation, and a bad one is refused saying what to fix.
 */
class FaultHeaderTest {

  private static final int ROWS = 1_000;

  private MockSparkConnectServer server;

  @BeforeEach
  void start() {
    server = MockSparkConnectServer.builder().start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SparkSession session(String faults) {
    return SparkSession.builder().remote(server.remote() + "/;" + FaultHeader.NAME + "=" + faults)
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), 2, Duration.ofMillis(20))).create();
  }

  private DataFrame stubbedRange(SparkSession spark) {
    DataFrame df = spark.range(ROWS);
    List<Object[]> rows = new ArrayList<>();
    for (long i = 0; i < ROWS; i++) {
      rows.add(new Object[] {i});
    }
    server.stub(df.plan()).returnsInBatches(StubSchema.of("id BIGINT NOT NULL"), rows, 100);
    return df;
  }

  private static void assertEveryRowOnce(DataFrame df) {
    List<Long> ids = df.collectAsList().stream().map(row -> row.getLong(0)).toList();
    assertThat(ids).hasSize(ROWS);
    for (int i = 0; i < ROWS; i++) {
      assertThat(ids.get(i)).isEqualTo(i);
    }
  }

  @Test
  void everyQueryOfTheSessionHasItsStreamCutWhereTheHeaderSays() {
    try (SparkSession spark = session("endStream@2,endStream@5")) {
      DataFrame df = stubbedRange(spark);

      assertEveryRowOnce(df);
      assertEveryRowOnce(df);
    }
    assertThat(server.journal().count("ExecutePlan")).isEqualTo(2);
    assertThat(server.journal().reattachCount()).as("two cuts per query, each fired once").isEqualTo(4);
    assertThat(server.pendingFaults()).as("header faults are the call's own, never armed on the server").isEmpty();
  }

  /** The header rides on every call of the session, so a fault on ReattachExecute breaks every reattach. */
  @Test
  void aHeaderFaultOnReattachExecuteFiresOnEveryReattach() {
    try (SparkSession spark = session("endStream@3,unavailable@0~ReattachExecute")) {
      DataFrame df = stubbedRange(spark);

      assertThatThrownBy(df::collectAsList).isInstanceOf(RetriesExhaustedException.class);
    }
    assertThat(server.journal().reattachCount()).isGreaterThan(2);
  }

  @Test
  void aHeaderThatNamesNoFaultIsRefusedSayingWhatToFix() {
    try (SparkSession spark = session("endstream@2")) {
      DataFrame df = stubbedRange(spark);

      assertThatThrownBy(df::collectAsList)
          .hasMessageContaining("spark-connect-mock-fault header does not name a fault")
          .hasMessageContaining("no fault is named 'endstream'").hasMessageContaining("endStream");
    }
  }
}
