package dev.sparkconnect.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.RetryInfo;
import dev.sparkconnect.client.RetryPolicy;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.RetriesExhaustedException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's retry and reattach rules, against a scripted server in this JVM: every break at
 * every position loses and repeats no row, and what cannot be retried fails at once with the
 * reason. Milliseconds each; the same rules are held against real Spark by the contract tests.
 */
class ReattachAndRetryTest {

  private static final int ROWS = 6;
  private static final RetryPolicy FAST = RetryPolicy.defaults().withMaxRetries(4)
      .withBackoff(Duration.ofMillis(1), 2, Duration.ofMillis(5));

  private ScriptedSparkServer server;
  private SparkSession spark;

  private SparkSession connect(ScriptedSparkServer to, RetryPolicy policy) {
    server = to;
    spark = SparkSession.builder().remote(to.remote()).retryPolicy(policy).create();
    return spark;
  }

  @AfterEach
  void close() {
    if (spark != null) {
      spark.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void assertEveryRowOnceInOrder(List<Row> rows) {
    assertThat(rows).extracting(row -> row.getLong(0)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
  }

  private static StatusRuntimeException unavailable() {
    return Status.UNAVAILABLE.withDescription("scripted break").asRuntimeException();
  }

  private static StatusRuntimeException invalidCursor() {
    return Status.INTERNAL.withDescription("[INVALID_CURSOR.DISCONNECTED] scripted").asRuntimeException();
  }

  @ParameterizedTest(name = "UNAVAILABLE after {0} responses")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void anUnavailableStreamAtAnyPositionLosesAndRepeatsNoRow(int position) {
    SparkSession session = connect(new ScriptedSparkServer(ROWS).thenBreak(position, unavailable()), FAST);

    assertEveryRowOnceInOrder(session.range(ROWS).collectAsList());
    // Before anything arrived the client may only start over; after, it must resume.
    assertThat(server.reattaches.get() + server.executes.get()).isEqualTo(2);
  }

  @ParameterizedTest(name = "INVALID_CURSOR.DISCONNECTED after {0} responses")
  @ValueSource(ints = {1, 3, 6})
  void aDisconnectedCursorIsResumed(int position) {
    SparkSession session = connect(new ScriptedSparkServer(ROWS).thenBreak(position, invalidCursor()), FAST);

    assertEveryRowOnceInOrder(session.range(ROWS).collectAsList());
    assertThat(server.reattaches.get()).isEqualTo(1);
  }

  @ParameterizedTest(name = "stream ends cleanly after {0} responses")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void aStreamThatEndsBeforeResultCompleteIsResumed(int position) {
    SparkSession session = connect(new ScriptedSparkServer(ROWS).thenBreak(position, null), FAST);

    assertEveryRowOnceInOrder(session.range(ROWS).collectAsList());
    assertThat(server.reattaches.get()).isEqualTo(1);
  }

  @Test
  void manyBreaksInARowAreEachResumedFromWhereTheLastEnded() {
    SparkSession session = connect(new ScriptedSparkServer(ROWS).thenBreak(1, unavailable()).thenBreak(2, null)
        .thenBreak(1, invalidCursor()).thenBreak(1, unavailable()), FAST);

    assertEveryRowOnceInOrder(session.range(ROWS).collectAsList());
    assertThat(server.reattaches.get()).isEqualTo(4);
  }

  @Test
  void aServerRetryDelayIsHonouredAndRetried() {
    com.google.rpc.Status status = com.google.rpc.Status.newBuilder().setCode(Code.UNAVAILABLE_VALUE)
        .setMessage("busy").addDetails(Any.pack(RetryInfo.newBuilder()
            .setRetryDelay(com.google.protobuf.Duration.newBuilder().setNanos(30_000_000)).build())).build();
    SparkSession session = connect(new ScriptedSparkServer(ROWS)
        .thenBreak(2, StatusProto.toStatusRuntimeException(status)), FAST);

    long started = System.nanoTime();
    assertEveryRowOnceInOrder(session.range(ROWS).collectAsList());
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
  }

  @Test
  void closingFromAnotherThreadStopsAReaderWaitingToRetry() throws Exception {
    com.google.rpc.Status status = com.google.rpc.Status.newBuilder().setCode(Code.UNAVAILABLE_VALUE)
        .setMessage("busy for a minute").addDetails(Any.pack(RetryInfo.newBuilder()
            .setRetryDelay(com.google.protobuf.Duration.newBuilder().setSeconds(60)).build())).build();
    SparkSession session = connect(new ScriptedSparkServer(ROWS)
        .thenBreak(2, StatusProto.toStatusRuntimeException(status)), FAST);
    dev.sparkconnect.client.internal.results.RowStream rows = session.range(ROWS).toLocalIterator();
    java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CompletableFuture<Throwable> reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        while (rows.hasNext()) {
          rows.next();
          read.incrementAndGet();
        }
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    });
    while (read.get() < 2) {
      Thread.sleep(5);
    }
    Thread.sleep(200); // the reader is now waiting out the server's minute

    rows.close();

    assertThat(reader.get(10, java.util.concurrent.TimeUnit.SECONDS)).as("the reader stops waiting")
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void anOperationTheServerForgotBeforeAnythingArrivedIsStartedOverWithTheSameId() {
    SparkSession session = connect(new ScriptedSparkServer(ROWS).thenBreak(0, unavailable()), FAST);
    server.forgetOperations();

    assertEveryRowOnceInOrder(session.range(ROWS).collectAsList());
  }

  @Test
  void anOperationTheServerForgotAfterRowsArrivedFailsRatherThanLoseThem() {
    SparkSession session = connect(new ScriptedSparkServer(ROWS).thenBreak(3, null), FAST);
    ScriptedSparkServer scripted = server;

    assertThatThrownBy(() -> {
      var rows = session.range(ROWS).toLocalIterator();
      rows.next();
      scripted.forgetOperations();
      while (rows.hasNext()) {
        rows.next();
      }
    }).hasMessageContaining("OPERATION_NOT_FOUND");
  }

  @Test
  void aFailureThatCannotHealIsNotRetried() {
    SparkSession session = connect(new ScriptedSparkServer(ROWS)
        .thenBreak(2, Status.INVALID_ARGUMENT.withDescription("bad plan").asRuntimeException()), FAST);

    assertThatThrownBy(() -> session.range(ROWS).collectAsList()).hasMessageContaining("bad plan");
    assertThat(server.reattaches.get()).isZero();
  }

  @Test
  void retriesEndWhenThePolicySaysSo() {
    ScriptedSparkServer scripted = new ScriptedSparkServer(ROWS).thenBreak(1, unavailable());
    for (int i = 0; i < 10; i++) {
      scripted.thenBreak(0, unavailable());
    }
    SparkSession session = connect(scripted, FAST.withMaxRetries(3));

    assertThatThrownBy(() -> session.range(ROWS).collectAsList()).isInstanceOf(RetriesExhaustedException.class)
        .hasMessageContaining("4 attempts");
  }

  @Test
  void aServerThatKeepsEndingStreamsWithoutResultsIsGivenUpOnAfterThePolicysRetries() {
    ScriptedSparkServer scripted = new ScriptedSparkServer(ROWS).thenBreak(2, null);
    for (int i = 0; i < 1_000; i++) {
      scripted.thenBreak(0, null);
    }
    SparkSession session = connect(scripted, FAST.withMaxRetries(3));

    assertThatThrownBy(() -> session.range(ROWS).collectAsList()).isInstanceOf(RetriesExhaustedException.class)
        .hasMessageContaining("without result_complete");
    assertThat(server.reattaches.get()).isLessThanOrEqualTo(5);
  }

  @Test
  void everyRequestResponseCallRetriesAsExecutionsDo() {
    SparkSession session = connect(new ScriptedSparkServer(ROWS).thenBreak(0, unavailable())
        .thenBreak(0, invalidCursor()).thenAnswer().thenBreak(0, unavailable()), FAST);

    assertThat(session.conf().get("spark.sql.shuffle.partitions")).isEqualTo("value of spark.sql.shuffle.partitions");
    assertThat(server.configs.get()).isEqualTo(3);
    assertThat(session.version()).isEqualTo("4.2.0");
    assertThat(server.analyses.get()).isEqualTo(2);
  }

  @Test
  void aRequestResponseCallThatCannotHealFailsAtOnce() {
    SparkSession session = connect(new ScriptedSparkServer(ROWS)
        .thenBreak(0, Status.INVALID_ARGUMENT.withDescription("no such thing").asRuntimeException()), FAST);

    assertThatThrownBy(() -> session.conf().get("x")).hasMessageContaining("no such thing");
    assertThat(server.configs.get()).isEqualTo(1);
  }

  @Test
  void aRequestResponseCallGivesUpWhenThePolicySays() {
    ScriptedSparkServer scripted = new ScriptedSparkServer(ROWS);
    for (int i = 0; i < 10; i++) {
      scripted.thenBreak(0, unavailable());
    }
    SparkSession session = connect(scripted, FAST.withMaxRetries(2));

    assertThatThrownBy(session::version).isInstanceOf(RetriesExhaustedException.class)
        .hasMessageContaining("3 attempts");
    assertThat(server.analyses.get()).isEqualTo(3);
  }
}
