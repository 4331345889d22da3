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

  private final java.util.ArrayDeque<Entry> entries = new java.util.ArrayDeque<>();
  private final java.util.Map<String, Long> counts = new java.util.HashMap<>();
  private final int limit;
  private final long byteLimit;
  private long bytes;
  private long dropped;

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

  synchronized void add(String rpc, String sessionId, Message request) {
    long size = request.getSerializedSize();
    entries.addLast(new Entry(rpc, sessionId, Instant.now(), request));
    bytes += size;
    counts.merge(rpc, 1L, Long::sum);
    // The newest request stays, however big: the test that sent it asserts on it next.
    while (entries.size() > 1 && (entries.size() > limit || bytes > byteLimit)) {
      bytes -= entries.removeFirst().request().getSerializedSize();
      dropped++;
    }
  }

  /** How many requests were let go to keep the journal within its bound (0 while it holds every one). */
  public synchronized long dropped() {
    return dropped;
  }

  /** Every request so far, oldest first. */
  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The requests of one RPC, such as {@code "ExecutePlan"}. */
  public synchronized List<Entry> entries(String rpc) {
    return entries.stream().filter(entry -> entry.rpc().equals(rpc)).toList();
  }

  /** How many requests of one RPC arrived, including those the journal has let go. */
  public synchronized int count(String rpc) {
    return Math.toIntExact(counts.getOrDefault(rpc, 0L));
  }

  /** The requests of one session. */
  public synchronized List<Entry> session(String sessionId) {
    return entries.stream().filter(entry -> entry.sessionId().equals(sessionId)).toList();
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
  public synchronized long bytes() {
    return bytes;
  }

  /** Forgets every entry and count, for example between the phases of a test. */
  public synchronized void clear() {
    entries.clear();
    counts.clear();
    bytes = 0;
    dropped = 0;
  }

  /** One line per request, for a failing test's message. */
  @Override
  public synchronized String toString() {
    StringBuilder text = new StringBuilder();
    for (Entry entry : entries) {
      text.append(entry.rpc()).append(" session=").append(entry.sessionId()).append('\n');
    }
    return text.toString();
  }
}
