package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.errors.SparkException;
import dev.sparkconnect.client.internal.results.RowStream;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Interrupts, tags, progress, chunked batches, lazy iteration and many threads on one session. */
class ExecutionControlContractTest extends RealServerTest {

  /**
   * A query that keeps two cores busy for far longer than any test waits, and stops soon when
   * interrupted. Its filter must be one the optimizer cannot decide (Spark rewrites
   * {@code rand() < 0} to false and answers at once); it runs as 100,000 short tasks, because a
   * running task's generated loop does not look at interrupts, so cancelling only stops new tasks;
   * and it has no aggregate, whose shuffle stage adaptive execution would submit as a job of its own.
   */
  private static final String ENDLESS = "SELECT id FROM range(0, 100000000000, 1, 100000) WHERE hash(id) = 42";


  @Test
  void interruptingByTagStopsOnlyTaggedQueries() throws Exception {
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      Future<Throwable> failure = background.submit(() -> {
        spark.addTag("slow-report");
        try {
          spark.sql(ENDLESS).collectAsList();
          return null;
        } catch (RuntimeException e) {
          return e;
        } finally {
          spark.clearTags();
        }
      });
      assertThat(spark.getTags()).as("tags are per thread").isEmpty();

      List<String> interrupted = waitForInterrupt(() -> spark.interruptTag("slow-report"));

      assertThat(interrupted).as("operations interrupted by tag; the tagged query meanwhile: %s", outcome(failure))
          .hasSize(1);
      assertThat(failure.get(60, TimeUnit.SECONDS)).isInstanceOf(SparkException.class)
          .hasMessageContaining("OPERATION_CANCELED");
      assertThat(spark.range(3).count()).as("the session still works").isEqualTo(3);
    } finally {
      background.shutdownNow();
    }
  }

  /** How a background query stands, for a failure message. */
  private static String outcome(Future<Throwable> query) {
    if (!query.isDone()) {
      return "still running";
    }
    try {
      Throwable error = query.get();
      return error == null ? "completed without error" : "failed with " + error;
    } catch (InterruptedException | ExecutionException e) {
      return "could not be read: " + e;
    }
  }

  @Test
  void interruptingAnOperationByIdStopsIt() throws Exception {
    try (RowStream rows = spark.sql(ENDLESS).toLocalIterator()) {
      Future<Boolean> reading = Executors.newSingleThreadExecutor().submit(rows::hasNext);
      List<String> interrupted = waitForInterrupt(() -> spark.interruptOperation(rows.operationId()));

      assertThat(interrupted).containsExactly(rows.operationId());
      assertThatThrownBy(() -> reading.get(60, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(SparkException.class);
    }
  }

  @Test
  void interruptingAllStopsEverythingRunning() throws Exception {
    CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(() -> {
      try {
        spark.sql(ENDLESS).collectAsList();
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    });
    assertThat(waitForInterrupt(spark::interruptAll)).hasSize(1);
    assertThat(failure.get(60, TimeUnit.SECONDS)).isInstanceOf(SparkException.class);
  }

  @Test
  void aCallDeadlineFailsASlowRequestClearly() {
    try (SparkSession hurried = SparkSession.builder()
        .remote(LocalSparkConnectServer.shared().remote())
        .callDeadline(java.time.Duration.ofNanos(1))
        .create()) {
      assertThatThrownBy(hurried::version)
          .isInstanceOf(dev.sparkconnect.client.errors.SparkConnectionException.class)
          .hasMessageContaining("DEADLINE_EXCEEDED");
    }
  }

  @Test
  void progressReportsReachTheListener() {
    spark.sql("SET spark.connect.progress.reportInterval=100ms");
    List<ExecutionProgress> reports = Collections.synchronizedList(new ArrayList<>());
    ProgressListener listener = reports::add;
    spark.addProgressListener(listener);
    try {
      spark.sql("SELECT count(*) FROM range(0, 400000000, 1, 2) WHERE id % 7 = 3").collectAsList();
    } finally {
      spark.removeProgressListener(listener);
    }
    assertThat(reports).isNotEmpty();
    assertThat(reports).allSatisfy(report -> assertThat(report.operationId()).isNotBlank());
    assertThat(reports).anySatisfy(report -> assertThat(report.stages()).isNotEmpty());
  }

  @Test
  void chunkedArrowBatchesAreJoinedAgain() {
    try (SparkSession chunked = SparkSession.builder()
        .remote(LocalSparkConnectServer.shared().remote())
        .arrowChunking(true, 4096)
        .create()) {
      chunked.sql("SET spark.connect.session.resultChunking.maxChunkSize=4096");
      DataFrame wide = chunked.sql("SELECT id, repeat(CAST(id AS STRING), 20) AS text FROM range(20000)");

      int chunks = 0;
      var responses = chunked.client().execute(Plan.newBuilder().setRoot(wide.plan()).build());
      while (responses.hasNext()) {
        ExecutePlanResponse response = responses.next();
        if (response.hasArrowBatch() && response.getArrowBatch().getNumChunksInBatch() > 1) {
          chunks++;
        }
      }
      List<Row> rows = wide.collectAsList();

      assertThat(chunks).as("responses that carried a chunk of a batch").isGreaterThan(1);
      assertThat(rows).hasSize(20000);
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i).getString(1)).isEqualTo(Integer.toString(i).repeat(20));
      }
    }
  }

  @Test
  void closingALazyIteratorEarlyStopsTheQueryAndKeepsTheSessionUsable() {
    long read = 0;
    try (RowStream rows = spark.range(5_000_000).toLocalIterator()) {
      while (rows.hasNext() && read < 10_000) {
        rows.next();
        read++;
      }
      assertThat(rows.schema().fieldNames()).containsExactly("id");
    }
    assertThat(read).isEqualTo(10_000);
    assertThat(spark.range(10).count()).isEqualTo(10);
  }

  @Test
  void oneSessionServesSixteenThreadsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Long>> sums = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        long n = 1000L * (t + 1);
        sums.add(pool.submit(() -> {
          long total = 0;
          for (int q = 0; q < 5; q++) {
            for (Row row : spark.range(n).collectAsList()) {
              total += row.getLong(0);
            }
          }
          return total;
        }));
      }
      for (int t = 0; t < 16; t++) {
        long n = 1000L * (t + 1);
        assertThat(sums.get(t).get(120, TimeUnit.SECONDS)).isEqualTo(5 * n * (n - 1) / 2);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Calls {@code interrupt} until it interrupts something (the query has started) or 30 s pass. */
  private static List<String> waitForInterrupt(java.util.function.Supplier<List<String>> interrupt)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      List<String> interrupted = interrupt.get();
      if (!interrupted.isEmpty()) {
        return interrupted;
      }
      Thread.sleep(100);
    }
    return List.of();
  }
}
