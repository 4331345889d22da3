package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.errors.RetriesExhaustedException;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Streams from a real server broken at every response index, by every kind of fault: the client
 * reattaches and not one row is lost or duplicated.
 */
@Tag("real-server")
class InjectedFaultsContractTest {

  private static final int ROWS = 60_000;
  private static final FaultInjector faults = new FaultInjector();
  private static final CallCounter calls = new CallCounter();
  private static SparkSession spark;
  private static DataFrame multiBatch;

  @BeforeAll
  static void connect() {
    spark = SparkSession.builder()
        .remote(LocalSparkConnectServer.shared().remote())
        .interceptor(calls)
        .interceptor(faults)
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(5), 2, Duration.ofMillis(50)))
        .create();
    spark.sql("SET spark.sql.execution.arrow.maxRecordsPerBatch=6000");
    multiBatch = spark.range(ROWS);
  }

  @AfterAll
  static void disconnect() {
    faults.disarm();
    spark.close();
  }

  @ParameterizedTest
  @EnumSource(FaultInjector.Fault.class)
  void everyResponseIndexCanBreakWithoutLosingOrRepeatingARow(FaultInjector.Fault fault) {
    int responses = responseCount();
    assertThat(responses).as("a multi-batch result").isGreaterThan(5);

    System.out.printf("%s: breaking a stream of %d responses at each of its first %d indexes%n",
        fault, responses, responses - 1);
    // Progress reports are not counted, so the stream has the same length in every run; the last
    // index is left out all the same, as a break there would land after result_complete.
    for (int index = 0; index < responses - 1; index++) {
      int injectedBefore = faults.injectedCount();
      faults.once(fault, index);

      List<Row> rows = multiBatch.collectAsList();

      assertThat(faults.injectedCount()).as("fault %s at response %d was injected", fault, index)
          .isEqualTo(injectedBefore + 1);
      assertThat(rows).as("rows after %s at response %d", fault, index).hasSize(ROWS);
      for (int i = 0; i < ROWS; i++) {
        if (rows.get(i).getLong(0) != i) {
          throw new AssertionError(fault + " at response " + index + ": row " + i + " is " + rows.get(i));
        }
      }
    }
  }

  @Test
  void aFaultThatNeverStopsExhaustsTheRetryBudgetWithItsOwnException() {
    faults.always(FaultInjector.Fault.UNAVAILABLE, 0);
    try {
      assertThatThrownBy(multiBatch::collectAsList)
          .isInstanceOf(RetriesExhaustedException.class)
          .hasMessageContaining("after 16 attempts")
          .hasMessageContaining("UNAVAILABLE")
          .satisfies(e -> assertThat(((RetriesExhaustedException) e).attempts()).isEqualTo(16));
    } finally {
      faults.disarm();
    }
    assertThat(multiBatch.count()).isEqualTo(ROWS);
  }

  /** The responses of an uninterrupted stream, progress reports not counted (schema, batches, metrics, result_complete). */
  private static int responseCount() {
    int count = 0;
    Iterator<ExecutePlanResponse> responses =
        spark.client().execute(Plan.newBuilder().setRoot(multiBatch.plan()).build());
    while (responses.hasNext()) {
      if (!FaultInjector.isProgress(responses.next())) {
        count++;
      }
    }
    return count;
  }
}
