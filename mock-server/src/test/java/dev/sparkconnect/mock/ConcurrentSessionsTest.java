package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many clients, each its own session and fixture, at once: every one gets its own answer and config. */
class ConcurrentSessionsTest {

  private static final int SESSIONS = 16;
  private static final int ROUNDS = 20;

  @Test
  void sixteenSessionsReplayDifferentFixturesWithoutCrossTalk() throws Exception {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start()) {
      ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
      CyclicBarrier together = new CyclicBarrier(SESSIONS);
      List<Future<String>> outcomes = new ArrayList<>();
      for (int n = 0; n < SESSIONS; n++) {
        int size = 100 + n;
        outcomes.add(pool.submit((Callable<String>) () -> {
          try (SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
            DataFrame mine = spark.range(size);
            List<Object[]> rows = new ArrayList<>();
            for (long i = 0; i < size; i++) {
              rows.add(new Object[] {i * size});
            }
            server.stub(mine.plan()).returnsInBatches(StubSchema.of("id BIGINT NOT NULL"), rows, 7);
            spark.conf().set("test.owner", String.valueOf(size));
            together.await(30, TimeUnit.SECONDS);
            for (int round = 0; round < ROUNDS; round++) {
              List<Row> got = mine.collectAsList();
              assertThat(got).hasSize(size);
              for (int i = 0; i < size; i++) {
                assertThat(got.get(i).getLong(0)).isEqualTo((long) i * size);
              }
              assertThat(spark.conf().get("test.owner")).isEqualTo(String.valueOf(size));
            }
            return spark.sessionId();
          }
        }));
      }
      List<String> sessions = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        sessions.add(outcome.get(120, TimeUnit.SECONDS));
      }
      pool.shutdown();

      assertThat(sessions).doesNotHaveDuplicates().hasSize(SESSIONS);
      assertThat(server.journal().count("ExecutePlan")).isEqualTo(SESSIONS * ROUNDS);
      for (String session : sessions) {
        assertThat(server.journal().session(session).stream().filter(e -> e.rpc().equals("ExecutePlan")))
            .hasSize(ROUNDS);
      }
    }
  }
}
