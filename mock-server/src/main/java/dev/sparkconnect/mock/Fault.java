package dev.sparkconnect.mock;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.protocol.rpc.SparkConnectRpc;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Something that goes wrong on purpose: a failure, a delay, a stream that ends early, a dropped
 * connection, a lost session or a restarted server. Built fluently and handed to
 * {@link MockSparkConnectServer#inject(Fault)}:
 *
 * <pre>{@code
 * server.inject(Fault.unavailable().afterResponses(3));                 // once, on ExecutePlan
 * server.inject(Fault.invalidCursorDisconnected().onRpc("ReattachExecute").times(2));
 * server.inject(Fault.delay(Duration.ofMillis(200)).betweenResponses().always());
 * server.inject(Fault.sparkError("DIVIDE_BY_ZERO", "22012", "Division by zero").forPlan(df.plan()));
 * }</pre>
 *
 * <p>By default a fault applies to the next {@code ExecutePlan} call, whatever its plan, before its
 * first response, once. {@link #afterResponses} moves it inside the stream (for ExecutePlan and
 * ReattachExecute, counted per call); {@link #onRpc}, {@link #forPlan}, {@link #times} and
 * {@link #always} narrow or widen it.
 */
public final class Fault {

  /** What the fault does when it fires. */
  public enum Kind {
    /** Fails the call with a status (and its details). */
    FAIL,
    /** Waits, then goes on normally. */
    DELAY,
    /** Ends the stream successfully but without {@code result_complete}, so the client must reattach. */
    END_STREAM,
    /** Closes every connection to the server (TCP); the calls in flight fail with UNAVAILABLE. */
    DROP_CONNECTION,
    /** Forgets the calling session, as a server that evicted it would. */
    LOSE_SESSION,
    /** Restarts the server: every session and operation is gone and server-side session ids change. */
    RESTART_SERVER
  }

  /** Every fault fires this many times unless told otherwise. */
  static final int ALWAYS = -1;

  private final Kind kind;
  private final Status status;
  private final Duration delay;
  private final String rpc;
  private final String planKey;
  private final int afterResponses;
  private final boolean betweenResponses;
  private final int times;

  private Fault(Kind kind, Status status, Duration delay, String rpc, String planKey, int afterResponses,
      boolean betweenResponses, int times) {
    this.kind = kind;
    this.status = status;
    this.delay = delay;
    this.rpc = rpc;
    this.planKey = planKey;
    this.afterResponses = afterResponses;
    this.betweenResponses = betweenResponses;
    this.times = times;
  }

  private static Fault of(Kind kind, Status status, Duration delay) {
    return new Fault(kind, status, delay, SparkConnectRpc.EXECUTE_PLAN.methodName(), null, 0, false, 1);
  }

  /** {@code UNAVAILABLE}: the network or the server is gone for a moment. Clients retry it. */
  public static Fault unavailable() {
    return of(Kind.FAIL, Status.newBuilder().setCode(Code.UNAVAILABLE_VALUE)
        .setMessage("mock server: fault injected (UNAVAILABLE)").build(), null);
  }

  /** {@code INTERNAL [INVALID_CURSOR.DISCONNECTED]}: what Spark answers when a stream is cut under a reattach. */
  public static Fault invalidCursorDisconnected() {
    return of(Kind.FAIL, SparkErrors.status("org.apache.spark.SparkSQLException", "INVALID_CURSOR.DISCONNECTED",
        "HY000", "The cursor is disconnected by the server (fault injected by the mock server).", Map.of()), null);
  }

  /** A Spark error with this error class, SQL state and message, carrying ErrorInfo as Spark sends it. */
  public static Fault sparkError(String errorClass, String sqlState, String message) {
    return of(Kind.FAIL, SparkErrors.status("org.apache.spark.SparkException", errorClass, sqlState, message, Map.of()), null);
  }

  /** Any status but OK, exactly as given (with whatever details it holds). */
  public static Fault status(Status status) {
    return of(Kind.FAIL, checkedFailure(status), null);
  }

  /** A status a call can fail with: a gRPC code from 1 (CANCELLED) to 16 (UNAUTHENTICATED). */
  static Status checkedFailure(Status status) {
    Objects.requireNonNull(status, "status");
    if (status.getCode() < 1 || status.getCode() > 16) {
      throw new IllegalArgumentException("a failure needs a gRPC status code from 1 (CANCELLED) to 16"
          + " (UNAUTHENTICATED), not " + status.getCode());
    }
    return status;
  }

  /** The RPCs of the Spark Connect service, by the names faults use. */
  static final java.util.Set<String> RPCS = java.util.Set.copyOf(SparkConnectRpc.methodNames());

  /** {@code UNAVAILABLE} carrying a {@code RetryInfo} that asks the client to wait {@code retryDelay}. */
  public static Fault retryAfter(Duration retryDelay) {
    Status status = Status.newBuilder()
        .setCode(Code.UNAVAILABLE_VALUE)
        .setMessage("mock server: busy, retry in " + retryDelay.toMillis() + " ms (fault injected)")
        .addDetails(Any.pack(RetryInfo.newBuilder().setRetryDelay(com.google.protobuf.Duration.newBuilder()
            .setSeconds(retryDelay.getSeconds()).setNanos(retryDelay.getNano())).build()))
        .build();
    return of(Kind.FAIL, status, null);
  }

  /** Waits {@code delay} before the response it is placed at (the first, unless moved). */
  public static Fault delay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("a delay cannot be negative: " + delay);
    }
    return of(Kind.DELAY, null, delay);
  }

  /** Ends the stream cleanly without {@code result_complete}: the client must reattach for the rest. */
  public static Fault endStream() {
    return of(Kind.END_STREAM, null, null);
  }

  /** Closes every client connection (on a TCP server), as a network failure would. */
  public static Fault dropConnection() {
    return of(Kind.DROP_CONNECTION, null, null);
  }

  /** Forgets the calling session: its next call finds a new server-side session id. */
  public static Fault loseSession() {
    return of(Kind.LOSE_SESSION, null, null);
  }

  /** Restarts the server, as a driver restart would: all sessions and operations are gone. */
  public static Fault restartServer() {
    return of(Kind.RESTART_SERVER, null, null);
  }

  /** Applies to this RPC ({@code "ExecutePlan"}, {@code "ReattachExecute"}, {@code "AnalyzePlan"}, ...), or {@code "*"} for all. */
  public Fault onRpc(String rpcName) {
    Objects.requireNonNull(rpcName, "rpcName");
    if (!rpcName.equals("*") && !RPCS.contains(rpcName)) {
      throw new IllegalArgumentException("no RPC is named '" + rpcName + "'; use \"*\" or one of "
          + new java.util.TreeSet<>(RPCS));
    }
    return new Fault(kind, status, delay, rpcName, planKey, afterResponses, betweenResponses, times);
  }

  /** Applies only to calls about this plan (compared by its canonical form). */
  public Fault forPlan(Plan plan) {
    return new Fault(kind, status, delay, rpc, Fixture.keyOf(plan), afterResponses, betweenResponses, times);
  }

  /** Applies only to calls about the plan whose root is this relation. */
  public Fault forPlan(Relation root) {
    return forPlan(Plan.newBuilder().setRoot(root).build());
  }

  /**
   * Fires when a streaming call (ExecutePlan, ReattachExecute) has sent {@code responses} responses
   * (0: before the first). Other RPCs answer once, so only position 0 applies to them.
   */
  public Fault afterResponses(int responses) {
    if (responses < 0) {
      throw new IllegalArgumentException("afterResponses must be 0 or more, not " + responses);
    }
    return new Fault(kind, status, delay, rpc, planKey, responses, betweenResponses, times);
  }

  /** For a delay: waits before every response from its position on, not only once per call. */
  public Fault betweenResponses() {
    if (kind != Kind.DELAY) {
      throw new IllegalStateException("betweenResponses() is for delays; this fault is " + kind);
    }
    return new Fault(kind, status, delay, rpc, planKey, afterResponses, true, times);
  }

  /** Fires on this many calls, then is spent. */
  public Fault times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("times must be 1 or more, not " + count);
    }
    return new Fault(kind, status, delay, rpc, planKey, afterResponses, betweenResponses, count);
  }

  /** Fires on the next matching call only (the default). */
  public Fault once() {
    return times(1);
  }

  /** Fires on every matching call until the server's faults are cleared. */
  public Fault always() {
    return new Fault(kind, status, delay, rpc, planKey, afterResponses, betweenResponses, ALWAYS);
  }

  /** What the fault does: fail or delay the call, end the stream early, drop connections, lose the session or restart. */
  public Kind kind() {
    return kind;
  }

  /** The status a FAIL fault answers with. */
  public Status status() {
    return status;
  }

  /** How long a delay fault waits, or null for other kinds. */
  public Duration delay() {
    return delay;
  }

  /** The RPC the fault applies to, such as {@code ExecutePlan}, or {@code *} for every RPC. */
  public String rpc() {
    return rpc;
  }

  /** How many responses the call sends before the fault fires; 0 fires before the first. */
  public int afterResponses() {
    return afterResponses;
  }

  boolean isBetweenResponses() {
    return betweenResponses;
  }

  int times() {
    return times;
  }

  boolean appliesTo(String rpcName, String callPlanKey) {
    return (rpc.equals("*") || rpc.equals(rpcName)) && (planKey == null || planKey.equals(callPlanKey));
  }

  @Override
  public String toString() {
    return kind + (status == null ? "" : " " + Code.forNumber(status.getCode()))
        + (delay == null ? "" : " " + delay.toMillis() + " ms" + (betweenResponses ? " between responses" : ""))
        + " on " + rpc + (planKey == null ? "" : " for one plan") + " after " + afterResponses + " responses, "
        + (times == ALWAYS ? "always" : times + (times == 1 ? " time" : " times"));
  }
}
