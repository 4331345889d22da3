package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.localserver.LocalSparkConnectServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Queries that send nothing for minutes, on the real server, with progress reports off so that the
 * stream is truly silent: with the default keep-alive the server's ping policy is never tripped
 * and the query outlives the server's two-minute stream limit (one reattach); with pings far more
 * often than the server permits, the server's {@code GOAWAY} ({@code too_many_pings}) is answered
 * by reattaching on a new connection, and the result still arrives whole.
 *
 * <p>Both queries run at once, so the class costs the longer one's time (about two minutes); it
 * is tagged {@code long-running} and runs once per build, not once per JDK.
 */
@Tag("real-server")
@Tag("long-running")
class QuietQueriesContractTest {

  private static final String SILENT = "spark.connect.progress.reportInterval";

  private static SparkSession.Builder session() {
    return SparkSession.builder().remote(LocalSparkConnectServer.shared().remote()).config(SILENT, "-1");
  }

  /** A query that sleeps on the server for {@code seconds} and then answers {@code answer}. */
  private static int sleepThenAnswer(SparkSession spark, long seconds, int answer) {
    return spark.sql("SELECT " + answer + " + 0 * length(coalesce(reflect('java.lang.Thread', 'sleep', "
        + "CAST(" + seconds * 1000 + " AS BIGINT)), '')) AS answer").first().getInt(0);
  }

  @Test
  void minutesOfSilenceNeitherTripTheServersPingPolicyNorLoseTheQuery() throws Exception {
    CallCounter quietCalls = new CallCounter();
    CallCounter pingingCalls = new CallCounter();
    try (SparkSession quietByDefault = session().interceptor(quietCalls).create();
        SparkSession pingingTooOften = session().interceptor(pingingCalls)
            .keepAlive(Duration.ofSeconds(10), Duration.ofSeconds(5)).create()) {
      long start = System.nanoTime();
      CompletableFuture<Integer> twoMinutes = CompletableFuture.supplyAsync(() -> sleepThenAnswer(quietByDefault, 125, 42));
      CompletableFuture<Integer> goaway = CompletableFuture.supplyAsync(() -> sleepThenAnswer(pingingTooOften, 50, 7));

      assertThat(goaway.get(5, TimeUnit.MINUTES))
          .as("a 50 s silent query with a ping every 10 s, which the server answers with GOAWAY")
          .isEqualTo(7);
      assertThat(twoMinutes.get(5, TimeUnit.MINUTES))
          .as("a 125 s silent query with the default keep-alive").isEqualTo(42);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(125));
      assertThat(pingingCalls.count("ReattachExecute")).as("reattached after the GOAWAY").isGreaterThanOrEqualTo(1);
      assertThat(quietCalls.count("ReattachExecute")).as("reattached after the server's 2-minute stream limit")
          .isGreaterThanOrEqualTo(1);
    }
  }
}
