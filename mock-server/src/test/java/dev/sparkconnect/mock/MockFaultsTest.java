package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.RetryPolicy;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.RetriesExhaustedException;
import dev.sparkconnect.client.errors.SparkConnectionException;
import dev.sparkconnect.client.errors.SparkException;
import dev.sparkconnect.client.errors.SparkServerRestartedException;
import dev.sparkconnect.client.errors.SparkSessionClosedException;
import dev.sparkconnect.mock.faults.FaultEffect;
import dev.sparkconnect.mock.faults.FaultedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of fault, injected by the mock server, with our client on the other end: retryable
 * breaks lose and repeat no row, the others surface as the exception a user should see.
 */
class MockFaultsTest {

  private static final int ROWS = 1_000;
  private static final int ROWS_PER_BATCH = 100;
  /** Ten Arrow batches and result_complete. */
  private static final int RESPONSES = ROWS / ROWS_PER_BATCH + 1;

  private MockSparkConnectServer server;
  private SparkSession spark;
  private DataFrame numbers;

  @BeforeEach
  void startServerAndClient() {
    server = MockSparkConnectServer.builder().start();
    spark = SparkSession.builder()
        .remote(server.remote())
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), 2, Duration.ofMillis(20)))
        .create();
    numbers = spark.range(ROWS);
    List<Object[]> rows = new ArrayList<>();
    for (long i = 0; i < ROWS; i++) {
      rows.add(new Object[] {i});
    }
    server.stub(numbers.plan()).returnsInBatches(
        ArrowSchema.of(List.of(ArrowField.of("id", false, new ArrowType.Int(64, true)))), rows, ROWS_PER_BATCH);
  }

  @AfterEach
  void stop() {
    spark.close();
    server.close();
  }

  private void assertEveryRowOnce() {
    List<Row> rows = numbers.collectAsList();
    assertThat(rows).hasSize(ROWS);
    for (int i = 0; i < ROWS; i++) {
      assertThat(rows.get(i).getLong(0)).isEqualTo(i);
    }
  }

  /**
   * A kind of fault the mock does not ship, written as one class in the test: it ends the stream
   * cleanly and counts how often it did. No switch anywhere needs to know it.
   */
  static final class EndTheStreamAndCount implements FaultEffect {
    final java.util.concurrent.atomic.AtomicInteger fired = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public boolean applyTo(FaultedCall call) {
      fired.incrementAndGet();
      return call.endStream();
    }

    @Override
    public String describe() {
      return "end the stream and count";
    }
  }

  @Test
  void aKindOfFaultOfOnesOwnIsOneClass() {
    EndTheStreamAndCount effect = new EndTheStreamAndCount();
    server.inject(Fault.of(effect).onRpc("*").afterResponses(4).times(2));

    assertEveryRowOnce();

    assertThat(effect.fired).hasValue(2);
    assertThat(server.journal().reattachCount()).isEqualTo(2);
    assertThat(server.pendingFaults()).isEmpty();
  }

  /** Positions 0 to 10 break the stream; at 11 the client already has result_complete and is done. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UNAVAILABLE", "INVALID_CURSOR.DISCONNECTED", "RetryInfo", "end of stream"})
  void aRetryableBreakAtEveryPositionLosesAndRepeatsNoRow(String kind) {
    for (int position = 0; position <= RESPONSES; position++) {
      Fault fault = switch (kind) {
        case "UNAVAILABLE" -> Fault.unavailable();
        case "INVALID_CURSOR.DISCONNECTED" -> Fault.invalidCursorDisconnected();
        case "RetryInfo" -> Fault.retryAfter(Duration.ofMillis(5));
        default -> Fault.endStream();
      };
      server.journal().clear();
      server.inject(fault.afterResponses(position));

      assertEveryRowOnce();

      assertThat(server.journal().count("ExecutePlan")).isEqualTo(1);
      assertThat(server.journal().reattachCount()).as("reattaches after a break at response %d", position)
          .isEqualTo(position < RESPONSES ? 1 : 0);
    }
  }

  @Test
  void aBreakDuringAReattachIsRetriedToo() {
    server.inject(Fault.endStream().afterResponses(2));
    server.inject(Fault.unavailable().onRpc("ReattachExecute").afterResponses(3));

    assertEveryRowOnce();

    assertThat(server.journal().reattachCount()).isEqualTo(2);
  }

  @Test
  void streamsCutLikeSparksSenderLimitsAreReattachedUntilComplete() {
    try (MockSparkConnectServer cutting = MockSparkConnectServer.builder().cutStreamsAfter(3, 0, null).start();
         SparkSession client = SparkSession.builder().remote(cutting.remote()).create()) {
      DataFrame df = client.range(ROWS);
      List<Object[]> rows = new ArrayList<>();
      for (long i = 0; i < ROWS; i++) {
        rows.add(new Object[] {i});
      }
      cutting.stub(df.plan()).returnsInBatches(StubSchema.of("id BIGINT NOT NULL"), rows, ROWS_PER_BATCH);

      assertThat(df.collectAsList()).hasSize(ROWS).extracting(row -> row.getLong(0)).doesNotHaveDuplicates();
      assertThat(cutting.journal().reattachCount()).isEqualTo(3);
      assertThat(cutting.journal().releases()).isNotEmpty();
    }
  }

  @Test
  void aSparkErrorReachesTheUserWithItsCondition() {
    server.inject(Fault.sparkError("DIVIDE_BY_ZERO", "22012", "Division by zero.").afterResponses(4));

    assertThatThrownBy(numbers::collectAsList)
        .isInstanceOf(SparkException.class)
        .satisfies(e -> {
          assertThat(((SparkException) e).getCondition()).isEqualTo("DIVIDE_BY_ZERO");
          assertThat(((SparkException) e).getSqlState()).isEqualTo("22012");
        });
    assertThat(server.journal().reattachCount()).isZero();
  }

  @Test
  void aFaultThatNeverStopsExhaustsTheRetryBudget() {
    server.inject(Fault.unavailable().onRpc("*").always());

    assertThatThrownBy(numbers::collectAsList).isInstanceOf(RetriesExhaustedException.class)
        .hasMessageContaining("UNAVAILABLE");

    server.clearFaults();
    assertEveryRowOnce();
  }

  @Test
  void executePlanFaultsCountTheOperationsResponsesAcrossReattaches() {
    server.inject(Fault.endStream().afterResponses(3));
    server.inject(Fault.unavailable().afterResponses(6));
    server.inject(Fault.endStream().afterResponses(8).always());

    assertEveryRowOnce();

    assertThat(server.journal().reattachCount()).isEqualTo(3);
    assertThat(server.unfiredFaults()).isEmpty();
    assertEveryRowOnce();
    assertThat(server.journal().reattachCount()).as("the always() fault, once in the second operation").isEqualTo(4);
  }

  @Test
  void reattachFaultsCountWithinEachCall() {
    server.inject(Fault.endStream().afterResponses(2));
    server.inject(Fault.endStream().onRpc("ReattachExecute").afterResponses(2).times(2));

    assertEveryRowOnce();

    assertThat(server.journal().reattachCount()).isEqualTo(3);
    assertThat(server.unfiredFaults()).isEmpty();
  }

  @Test
  void aFaultCanBeLimitedToOnePlanAndToACount() {
    DataFrame other = spark.range(3);
    server.stub(other.plan()).returns("id BIGINT NOT NULL", new Object[] {0L}, new Object[] {1L}, new Object[] {2L});
    server.inject(Fault.unavailable().forPlan(numbers.plan()).afterResponses(1).times(2));

    assertThat(other.collectAsList()).hasSize(3);
    assertThat(server.journal().reattachCount()).isZero();
    assertEveryRowOnce();
    assertEveryRowOnce();
    assertEveryRowOnce();
    assertThat(server.journal().reattachCount()).isEqualTo(2);
  }

  @Test
  void aDelayBeyondTheCallDeadlineFailsTheCall() {
    try (SparkSession impatient = SparkSession.builder().remote(server.remote())
        .callDeadline(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).create()) {
      server.inject(Fault.delay(Duration.ofSeconds(5)).onRpc("AnalyzePlan"));

      assertThatThrownBy(() -> impatient.range(ROWS).schema())
          .isInstanceOf(SparkConnectionException.class)
          .hasMessageContaining("DEADLINE_EXCEEDED");
    }
  }

  @Test
  void delaysBetweenResponsesSlowAStreamButKeepItWhole() {
    server.inject(Fault.delay(Duration.ofMillis(5)).betweenResponses().afterResponses(1));

    assertEveryRowOnce();
    assertThat(server.journal().reattachCount()).isZero();
  }

  /** A delayed stream ends as soon as its operation is interrupted, not when the delay is over. */
  @Test
  void interruptingAnOperationEndsItsDelayAtOnce() throws Exception {
    server.inject(Fault.delay(Duration.ofSeconds(30)).afterResponses(2));
    java.util.concurrent.CompletableFuture<Throwable> outcome = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        numbers.collectAsList();
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.journal().count(dev.sparkconnect.protocol.rpc.SparkConnectRpc.EXECUTE_PLAN.methodName()) == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(200);
    long interrupted = System.nanoTime();
    assertThat(spark.interruptAll()).hasSize(1);

    Throwable failure = outcome.get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - interrupted)).isLessThan(Duration.ofSeconds(5));
    assertThat(failure).isInstanceOf(SparkException.class).hasMessageContaining("OPERATION_CANCELED");
  }

  @Test
  void aDroppedConnectionIsReconnectedAndTheStreamResumed() {
    // Apache Spark's own backoff (50 ms, then four times longer each time): reconnecting waits for
    // the operating system to free the port, which can take longer than the short test backoff.
    try (SparkSession patient = SparkSession.builder().remote(server.remote()).retryPolicy(RetryPolicy.defaults())
        .create()) {
      DataFrame df = patient.range(ROWS);
      List<Object[]> rows = new ArrayList<>();
      for (long i = 0; i < ROWS; i++) {
        rows.add(new Object[] {i});
      }
      server.stub(df.plan()).returnsInBatches(StubSchema.of("id BIGINT NOT NULL"), rows, ROWS_PER_BATCH);
      server.inject(Fault.dropConnection().afterResponses(5));

      assertThat(df.collectAsList()).extracting(row -> row.getLong(0)).hasSize(ROWS).doesNotHaveDuplicates()
          .isSorted();
      assertThat(server.journal().reattachCount()).isGreaterThanOrEqualTo(1);
    }
  }

  /**
   * As on Spark: the reattach after a lost session finds no session ({@code SESSION_NOT_FOUND}; the
   * rest of the result is gone), which the query in flight reports as the session gone from the
   * server, as the session's next call does when it learns the server-side session changed.
   */
  @Test
  void aLostSessionFailsTheStreamAndThenReportsTheSessionGone() {
    server.inject(Fault.loseSession().afterResponses(3));

    assertThatThrownBy(numbers::collectAsList).isInstanceOf(SparkServerRestartedException.class)
        .hasMessageContaining("INVALID_HANDLE.SESSION_NOT_FOUND").hasMessageContaining("build a new SparkSession");
    assertThatThrownBy(numbers::collectAsList).isInstanceOf(SparkServerRestartedException.class)
        .hasMessageContaining("build a new SparkSession");
  }

  /**
   * A session evicted as Spark evicts an idle one answers {@code SESSION_CLOSED} to its next call
   * and every later one; the client says the session was closed by the server and to build a new
   * one, which works.
   */
  @Test
  void anEvictedSessionIsReportedClosedUntilANewSessionIsBuilt() {
    assertEveryRowOnce();
    server.inject(Fault.evictSession());

    assertThatThrownBy(numbers::collectAsList).isInstanceOf(SparkSessionClosedException.class)
        .hasMessageContaining("INVALID_HANDLE.SESSION_CLOSED").hasMessageContaining("build a new SparkSession");
    assertThatThrownBy(() -> spark.range(3).count()).isInstanceOf(SparkSessionClosedException.class);

    try (SparkSession fresh = SparkSession.builder().remote(server.remote()).create()) {
      assertThat(fresh.range(ROWS).collectAsList()).hasSize(ROWS);
    }
  }

  /**
   * A session evicted at its very first call (a unary one, before any request opened it) stays
   * closed too: its next call is {@code SESSION_CLOSED}, not a new session under the old id.
   */
  @Test
  void aSessionEvictedAtItsFirstCallStaysClosed() {
    try (SparkSession first = SparkSession.builder().remote(server.remote()).create()) {
      server.inject(Fault.evictSession().onRpc("AnalyzePlan"));

      assertThatThrownBy(() -> first.range(3).schema()).isInstanceOf(SparkSessionClosedException.class);
      assertThatThrownBy(() -> first.range(3).count()).isInstanceOf(SparkSessionClosedException.class)
          .hasMessageContaining("INVALID_HANDLE.SESSION_CLOSED");
    }
  }

  /**
   * An operation abandoned under a cut stream (as Spark abandons one no client reattached to in
   * time) fails the query at the reattach with {@code OPERATION_ABANDONED}, after the rows that
   * came: the client neither retries the query in silence nor returns part of it.
   */
  @Test
  void anAbandonedOperationFailsTheQueryAtTheReattach() {
    server.inject(Fault.abandonOperation().afterResponses(4));

    assertThatThrownBy(numbers::collectAsList).isInstanceOf(SparkException.class)
        .hasMessageContaining("INVALID_HANDLE.OPERATION_ABANDONED");
    assertThat(server.journal().reattachCount()).isGreaterThanOrEqualTo(1);
    assertThat(server.unfiredFaults()).isEmpty();
    assertEveryRowOnce();
  }

  @Test
  void aRestartedServerEndsOldSessionsAndServesNewOnes() {
    assertEveryRowOnce();
    server.restart();

    assertThatThrownBy(numbers::collectAsList).isInstanceOf(SparkServerRestartedException.class);

    try (SparkSession fresh = SparkSession.builder().remote(server.remote()).create()) {
      assertThat(fresh.range(ROWS).collectAsList()).hasSize(ROWS);
    }
  }

  @Test
  void aRestartInjectedMidStreamLosesTheSessionAsOnSpark() {
    server.inject(Fault.restartServer().afterResponses(2));

    assertThatThrownBy(numbers::collectAsList).isInstanceOf(SparkServerRestartedException.class)
        .hasMessageContaining("INVALID_HANDLE.SESSION_NOT_FOUND");
    assertThatThrownBy(() -> spark.range(5).count()).isInstanceOf(SparkServerRestartedException.class);
  }
}
