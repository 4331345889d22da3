package dev.sparkconnect.mock;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.mock.faults.AbandonOperation;
import dev.sparkconnect.mock.faults.Delay;
import dev.sparkconnect.mock.faults.DropConnection;
import dev.sparkconnect.mock.faults.EndStream;
import dev.sparkconnect.mock.faults.EvictSession;
import dev.sparkconnect.mock.faults.FailCall;
import dev.sparkconnect.mock.faults.FaultEffect;
import dev.sparkconnect.mock.faults.LoseSession;
import dev.sparkconnect.mock.faults.RestartServer;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.protocol.errors.ErrorConditions;
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
 * first response, once. {@link #afterResponses} moves it inside the result: a fault on ExecutePlan
 * counts the operation's responses whichever stream carries them (the first, or one reattached
 * after a cut), and fires at most once per operation; a fault on ReattachExecute, or on every RPC
 * ({@code "*"}), counts within each call. {@link #onRpc}, {@link #forPlan}, {@link #times} and
 * {@link #always} narrow or widen it.
 */
public final class Fault {

  /** Every fault fires this many times unless told otherwise. */
  static final int ALWAYS = -1;

  private final FaultEffect effect;
  private final String rpc;
  private final String planKey;
  private final int afterResponses;
  private final boolean betweenResponses;
  private final int times;

  private Fault(FaultEffect effect, String rpc, String planKey, int afterResponses, boolean betweenResponses,
      int times) {
    this.effect = effect;
    this.rpc = rpc;
    this.planKey = planKey;
    this.afterResponses = afterResponses;
    this.betweenResponses = betweenResponses;
    this.times = times;
  }

  /**
   * A fault that does what {@code effect} does: the way to arm a kind of fault of your own (one
   * class implementing {@link FaultEffect}). Like every fault it fires on the next ExecutePlan,
   * before its first response, once, unless placed otherwise.
   */
  public static Fault of(FaultEffect effect) {
    return new Fault(Objects.requireNonNull(effect, "effect"), SparkConnectRpc.EXECUTE_PLAN.methodName(), null, 0,
        false, 1);
  }

  /** {@code UNAVAILABLE}: the network or the server is gone for a moment. Clients retry it. */
  public static Fault unavailable() {
    return of(new FailCall(Status.newBuilder().setCode(Code.UNAVAILABLE_VALUE)
        .setMessage("mock server: fault injected (UNAVAILABLE)").build()));
  }

  /** {@code INTERNAL [INVALID_CURSOR.DISCONNECTED]}: what Spark answers when a stream is cut under a reattach. */
  public static Fault invalidCursorDisconnected() {
    return of(new FailCall(SparkErrors.status(ErrorConditions.SQL_EXCEPTION, "INVALID_CURSOR.DISCONNECTED",
        "HY000", "The cursor is disconnected by the server (fault injected by the mock server).", Map.of())));
  }

  /** A Spark error with this error class, SQL state and message, carrying ErrorInfo as Spark sends it. */
  public static Fault sparkError(String errorClass, String sqlState, String message) {
    return of(new FailCall(SparkErrors.status(ErrorConditions.SPARK_EXCEPTION, errorClass, sqlState, message,
        Map.of())));
  }

  /** Any status but OK, exactly as given (with whatever details it holds). */
  public static Fault status(Status status) {
    return of(new FailCall(status));
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
    return of(new FailCall(status));
  }

  /** Waits {@code delay} before the response it is placed at (the first, unless moved). */
  public static Fault delay(Duration delay) {
    return of(new Delay(delay));
  }

  /** Ends the stream cleanly without {@code result_complete}: the client must reattach for the rest. */
  public static Fault endStream() {
    return of(new EndStream());
  }

  /** Closes every client connection (on a TCP server), as a network failure would. */
  public static Fault dropConnection() {
    return of(new DropConnection());
  }

  /** Forgets the calling session: its next call finds a new server-side session id. */
  public static Fault loseSession() {
    return of(new LoseSession());
  }

  /**
   * Evicts the calling session, as Spark's session manager does with one idle past
   * {@code spark.connect.session.manager.defaultSessionTimeout}: the call fails with
   * {@code INVALID_HANDLE.SESSION_CLOSED}, as does every later call naming the session. (Through
   * the recording proxy, which cannot make a real server do this, the connection drops instead.)
   */
  public static Fault evictSession() {
    return of(new EvictSession());
  }

  /**
   * Abandons the call's operation, as Spark does with one no client reattached to within
   * {@code spark.connect.execute.manager.detachedTimeout}: the stream is cut, and the reattach (or
   * the same ExecutePlan sent again) fails with {@code INVALID_HANDLE.OPERATION_ABANDONED}. Place
   * it inside a result with {@link #afterResponses}. (Through the recording proxy, the connection
   * drops instead.)
   */
  public static Fault abandonOperation() {
    return of(new AbandonOperation());
  }

  /** Restarts the server, as a driver restart would: all sessions and operations are gone. */
  public static Fault restartServer() {
    return of(new RestartServer());
  }

  /** Applies to this RPC ({@code "ExecutePlan"}, {@code "ReattachExecute"}, {@code "AnalyzePlan"}, ...), or {@code "*"} for all. */
  public Fault onRpc(String rpcName) {
    Objects.requireNonNull(rpcName, "rpcName");
    if (!rpcName.equals("*") && !RPCS.contains(rpcName)) {
      throw new IllegalArgumentException("no RPC is named '" + rpcName + "'; use \"*\" or one of "
          + new java.util.TreeSet<>(RPCS));
    }
    return new Fault(effect, rpcName, planKey, afterResponses, betweenResponses, times);
  }

  /** Applies only to calls about this plan (compared by its canonical form). */
  public Fault forPlan(Plan plan) {
    return new Fault(effect, rpc, Fixture.keyOf(plan), afterResponses, betweenResponses, times);
  }

  /** Applies only to calls about the plan whose root is this relation. */
  public Fault forPlan(Relation root) {
    return forPlan(Plan.newBuilder().setRoot(root).build());
  }

  /**
   * Fires once {@code responses} responses have been sent (0: before the first): of the whole
   * operation for a fault on ExecutePlan, even across a reattach; of the one call for a fault on
   * ReattachExecute or {@code "*"}. Other RPCs answer once, so only position 0 applies to them.
   */
  public Fault afterResponses(int responses) {
    if (responses < 0) {
      throw new IllegalArgumentException("afterResponses must be 0 or more, not " + responses);
    }
    return new Fault(effect, rpc, planKey, responses, betweenResponses, times);
  }

  /** For a delay: waits before every response from its position on, not only once per call. */
  public Fault betweenResponses() {
    if (!effect.letsTheCallGoOn()) {
      throw new IllegalStateException("betweenResponses() is for effects after which the call goes on, such as"
          + " delays; this fault is " + effect.describe());
    }
    return new Fault(effect, rpc, planKey, afterResponses, true, times);
  }

  /** Fires on this many calls (operations, for a fault on ExecutePlan), then is spent. */
  public Fault times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("times must be 1 or more, not " + count);
    }
    return new Fault(effect, rpc, planKey, afterResponses, betweenResponses, count);
  }

  /** Fires on the next matching call only (the default). */
  public Fault once() {
    return times(1);
  }

  /** Fires on every matching call until the server's faults are cleared. */
  public Fault always() {
    return new Fault(effect, rpc, planKey, afterResponses, betweenResponses, ALWAYS);
  }

  /** What the fault does when it fires. */
  public FaultEffect effect() {
    return effect;
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
    return effect.describe() + (betweenResponses ? " between responses" : "")
        + " on " + rpc + (planKey == null ? "" : " for one plan") + " after " + afterResponses + (afterResponses == 1 ? " response, " : " responses, ")
        + (times == ALWAYS ? "always" : times + (times == 1 ? " time" : " times"));
  }
}
