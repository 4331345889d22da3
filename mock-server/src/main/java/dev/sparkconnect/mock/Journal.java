package dev.sparkconnect.mock;

import com.google.protobuf.Message;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.ReleaseExecuteRequest;
import dev.sparkconnect.protocol.plans.CanonicalPlans;
import dev.sparkconnect.protocol.rpc.SparkConnectRpc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every request the server received, in order of arrival, for tests to assert on:
 *
 * <pre>{@code
 * assertThat(server.journal().count("ReattachExecute")).isEqualTo(2);
 * assertThat(server.journal().executedPlans()).containsExactly(expectedPlan);
 * }</pre>
 *
 * Tokens never reach the journal: it keeps request messages, not headers.
 *
 * <p>It keeps the last {@link #DEFAULT_LIMIT} requests, and no more than {@link #DEFAULT_BYTES} of
 * them, by default (a long-running server must not grow without bound, and one request may hold a
 * 64 MiB local relation); {@link #dropped()} counts those it let go, {@link #count(String)} stays
 * exact regardless, and {@code MockSparkConnectServer.Builder.journalLimit} chooses another bound
 * ({@code Integer.MAX_VALUE} for the full history).
 */
public final class Journal {

  /** How many requests a journal keeps unless told otherwise. */
  public static final int DEFAULT_LIMIT = 10_000;

  /** How many bytes of requests (serialised) a journal keeps unless told otherwise: 64 MiB. */
  public static final long DEFAULT_BYTES = 64L << 20;

  /** One request: its RPC, the session it came from, when, and the message itself. */
  public record Entry(String rpc, String sessionId, Instant receivedAt, Message request) {}

  /**
   * What the journal holds, swapped whole by {@link #clear()}: lock-free, as every request of every
   * session is journalled and 64 sessions at once must not queue for it. A request that arrives
   * while the journal is cleared lands in the state before the clear.
   */
  private static final class State {
    final java.util.concurrent.ConcurrentLinkedDeque<Entry> entries = new java.util.concurrent.ConcurrentLinkedDeque<>();
    /** Entries added and not dropped; counted after the entry is in, so it never exceeds the deque. */
    final java.util.concurrent.atomic.AtomicInteger size = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong dropped = new java.util.concurrent.atomic.AtomicLong();
    final java.util.Map<String, java.util.concurrent.atomic.LongAdder> counts = new java.util.concurrent.ConcurrentHashMap<>();
  }

  private final java.util.concurrent.atomic.AtomicReference<State> state =
      new java.util.concurrent.atomic.AtomicReference<>(new State());
  private final int limit;
  private final long byteLimit;

  /** A journal with the default bounds ({@value #DEFAULT_LIMIT} requests, 64 MiB). */
  public Journal() {
    this(DEFAULT_LIMIT);
  }

  Journal(int limit) {
    this(limit, DEFAULT_BYTES);
  }

  /** A journal that keeps at most {@code limit} requests and {@code byteLimit} bytes of them. */
  public Journal(int limit, long byteLimit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a journal keeps at least 1 request, not " + limit);
    }
    if (byteLimit < 1) {
      throw new IllegalArgumentException("a journal keeps at least 1 byte of requests, not " + byteLimit);
    }
    this.limit = limit;
    this.byteLimit = byteLimit;
  }

  void add(String rpc, String sessionId, Message request) {
    State now = state.get();
    long length = request.getSerializedSize();
    now.entries.addLast(new Entry(rpc, sessionId, Instant.now(), request));
    now.bytes.addAndGet(length);
    now.size.incrementAndGet();
    now.counts.computeIfAbsent(rpc, name -> new java.util.concurrent.atomic.LongAdder()).increment();
    // The newest request stays, however big: the test that sent it asserts on it next. Each drop is
    // claimed on the count first, so threads trimming at once never take the last entry.
    while (true) {
      int held = now.size.get();
      if (held <= 1 || (held <= limit && now.bytes.get() <= byteLimit)) {
        break;
      }
      if (!now.size.compareAndSet(held, held - 1)) {
        continue;
      }
      Entry oldest = now.entries.pollFirst();
      now.bytes.addAndGet(-oldest.request().getSerializedSize());
      now.dropped.incrementAndGet();
    }
  }

  /** How many requests were let go to keep the journal within its bound (0 while it holds every one). */
  public long dropped() {
    return state.get().dropped.get();
  }

  /** Every request so far, oldest first. */
  public List<Entry> entries() {
    return List.copyOf(state.get().entries);
  }

  /** The requests of one RPC, such as {@code "ExecutePlan"}. */
  public List<Entry> entries(String rpc) {
    return state.get().entries.stream().filter(entry -> entry.rpc().equals(rpc)).toList();
  }

  /** How many requests of one RPC arrived, including those the journal has let go. */
  public int count(String rpc) {
    java.util.concurrent.atomic.LongAdder count = state.get().counts.get(rpc);
    return count == null ? 0 : Math.toIntExact(count.sum());
  }

  /** The requests of one session. */
  public List<Entry> session(String sessionId) {
    return state.get().entries.stream().filter(entry -> entry.sessionId().equals(sessionId)).toList();
  }

  /** The plans of every ExecutePlan, in their canonical form, in order. */
  public List<Plan> executedPlans() {
    List<Plan> plans = new ArrayList<>();
    for (Entry entry : entries(SparkConnectRpc.EXECUTE_PLAN.methodName())) {
      plans.add(CanonicalPlans.canonicalize(((ExecutePlanRequest) entry.request()).getPlan()));
    }
    return plans;
  }

  /** How many times clients reattached to an operation. */
  public int reattachCount() {
    return count(SparkConnectRpc.REATTACH_EXECUTE.methodName());
  }

  /** Every ReleaseExecute, in order. */
  public List<ReleaseExecuteRequest> releases() {
    return entries(SparkConnectRpc.RELEASE_EXECUTE.methodName()).stream().map(entry -> (ReleaseExecuteRequest) entry.request()).toList();
  }

  /** How many bytes of requests (serialised) the journal holds now. */
  public long bytes() {
    return state.get().bytes.get();
  }

  /** Forgets every entry and count, for example between the phases of a test. */
  public void clear() {
    state.set(new State());
  }

  /** One line per request, for a failing test's message. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Entry entry : state.get().entries) {
      text.append(entry.rpc()).append(" session=").append(entry.sessionId()).append('\n');
    }
    return text.toString();
  }
}
