package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.RetryPolicy;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.RetriesExhaustedException;
import dev.sparkconnect.mock.network.FaultyNetwork;
import dev.sparkconnect.mock.network.NetworkFault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A result stream that goes silent is given up after the stream idle timeout and reattached, so a
 * stuck stream costs seconds, not forever; and a connection that freezes (no FIN, no RST) ends in a
 * clear error within the timeout times the retries, instead of blocking collect() for good.
 */
class SilentAndFrozenStreamsTest {

  private static final RetryPolicy QUICK = RetryPolicy.defaults().withMaxRetries(3)
      .withBackoff(Duration.ofMillis(10), 2, Duration.ofMillis(50));

  private static List<Object[]> rows(int count) {
    List<Object[]> rows = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      rows.add(new Object[] {i});
    }
    return rows;
  }

  @Test
  void aSilentStreamIsReattachedAfterTheIdleTimeoutAndTheResultIsWhole() {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start();
        SparkSession spark = SparkSession.builder().remote(server.remote()).retryPolicy(QUICK)
            .streamIdleTimeout(Duration.ofMillis(300)).create()) {
      DataFrame df = spark.range(100);
      server.stub(df.plan()).returnsInBatches(StubSchema.of("id BIGINT NOT NULL"), rows(100), 10);
      server.inject(Fault.delay(Duration.ofSeconds(60)).afterResponses(3).once());

      long start = System.nanoTime();
      List<Long> ids = df.collectAsList().stream().map(row -> row.getLong(0)).toList();

      assertThat(ids).hasSize(100).doesNotHaveDuplicates().isSorted();
      assertThat(server.journal().reattachCount()).isGreaterThanOrEqualTo(1);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }
  }

  @Test
  void aFrozenConnectionEndsInAClearErrorWithinTheTimeoutTimesTheRetries() throws Exception {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start();
        FaultyNetwork network = FaultyNetwork.inFrontOf(server.port());
        SparkSession spark = SparkSession.builder().remote("sc://localhost:" + network.port()).retryPolicy(QUICK)
            .streamIdleTimeout(Duration.ofMillis(400)).create()) {
      DataFrame df = spark.range(100);
      server.stub(df.plan()).returnsInBatches(StubSchema.of("id BIGINT NOT NULL"), rows(100), 10);
      assertThat(df.collectAsList()).hasSize(100);
      network.add(NetworkFault.blackHole()).add(NetworkFault.blackHole().upstream());

      long start = System.nanoTime();
      Throwable failure = catchThrowable(df::collectAsList);

      assertThat(failure).isInstanceOf(RetriesExhaustedException.class)
          .hasMessageContaining("streamIdleTimeout").hasMessageContaining("frozen");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }
  }
}
