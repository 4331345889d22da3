package dev.sparkconnect.mock;

import dev.sparkconnect.proto.FetchErrorDetailsResponse;
import dev.sparkconnect.proto.GetStatusResponse.OperationStatus.OperationState;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the server keeps for one client session: its server-side id (new for every server life),
 * its configuration, its artifacts, its operations and the details of its errors.
 */
final class MockSession {

  final String sessionId;
  final String userId;
  final String serverSideSessionId = UUID.randomUUID().toString();
  final SessionConfig config;
  private final Map<String, String> confDefaults;
  /** Uploaded artifacts by name, each in a file of the server's {@link ArtifactFiles}. */
  final Map<String, java.nio.file.Path> artifacts = new ConcurrentHashMap<>();
  final Map<String, ReplayedOperation> operations = new ConcurrentHashMap<>();
  /** The ExecutePlan calls this session has made, for executions whose answers wait on them. */
  private int calls;
  /** The details of this session's last errors, for FetchErrorDetails: the oldest go past {@value #ERROR_DETAILS_KEPT}. */
  final Map<String, FetchErrorDetailsResponse> errorDetails = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FetchErrorDetailsResponse> eldest) {
          return size() > ERROR_DETAILS_KEPT;
        }
      });
  /**
   * The operations removed as abandoned (no client came back for them within the detached
   * timeout), so that a reattach or a retried ExecutePlan is told so rather than "not found"; the
   * oldest go past {@value #ABANDONED_KEPT}, as Spark bounds its tombstones.
   */
  private final java.util.Set<String> abandoned = java.util.Collections.newSetFromMap(
      java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > ABANDONED_KEPT;
        }
      }));
  /** How the operations that ended (released, failed, cancelled) ended, for GetStatus; the oldest go past {@value #ENDED_KEPT}. */
  private final Map<String, OperationState> ended = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OperationState> eldest) {
          return size() > ENDED_KEPT;
        }
      });
  private volatile long lastUsedNanos = System.nanoTime();

  /** How many ended operations a session remembers the outcome of. */
  static final int ENDED_KEPT = 1_000;

  /** How many abandoned operation ids a session remembers. */
  static final int ABANDONED_KEPT = 10_000;

  /** How many unfetched error details a session keeps. */
  static final int ERROR_DETAILS_KEPT = 100;

  MockSession(String sessionId, String userId, Map<String, String> confDefaults) {
    this.sessionId = sessionId;
    this.userId = userId;
    this.confDefaults = confDefaults;
    this.config = new SessionConfig(confDefaults);
  }

  /**
   * The status of a recorded error as this session sends it: with a fresh error id under which
   * {@code FetchErrorDetails} finds the recorded details, once.
   */
  com.google.rpc.Status withFreshErrorId(dev.sparkconnect.fixtures.RecordedError error) {
    if (!error.hasErrorId()) {
      return error.status();
    }
    String errorId = UUID.randomUUID().toString();
    error.details().ifPresent(details -> errorDetails.put(errorId, details));
    return dev.sparkconnect.fixtures.RecordedError.withErrorId(error.status(), errorId);
  }

  /** Removes an operation as Spark's execution manager removes one no client came back for. */
  void abandon(String operationId) {
    abandoned.add(operationId);
    ReplayedOperation operation = operations.get(operationId);
    if (operation != null) {
      operation.interrupt();
      end(operation);
    }
  }

  /**
   * Removes an operation that is over (released, failed, cancelled, or not reattachable and sent),
   * keeping how it ended. Its end is noted before it leaves the held operations, so that a
   * GetStatus meanwhile, which reads them in the other order, never finds it in neither.
   */
  synchronized void end(ReplayedOperation operation) {
    if (operations.get(operation.operationId) == operation) {
      ended.put(operation.operationId, operation.endState());
      operations.remove(operation.operationId, operation);
    }
  }

  /** Removes an operation without noting its end: one cut before its answer went out, whose id a retry may use again. */
  synchronized void forget(ReplayedOperation operation) {
    operations.remove(operation.operationId, operation);
  }

  /**
   * Holds a new operation, unless its id is taken: by an operation held, or (when {@code endedIdsTaken})
   * by one that ended, as Spark 4.1 and later remember them. Returns the refusal's reason, or null.
   */
  synchronized String hold(ReplayedOperation operation, boolean endedIdsTaken) {
    if (endedIdsTaken && ended.containsKey(operation.operationId)) {
      return "ended";
    }
    return operations.putIfAbsent(operation.operationId, operation) == null ? null : "held";
  }

  /** What GetStatus says of {@code operationId}: how it ended, else its state while held, else unknown. */
  OperationState stateOf(String operationId) {
    ReplayedOperation operation = operations.get(operationId);
    OperationState over = ended.get(operationId);
    if (over != null) {
      return over;
    }
    return operation == null ? OperationState.OPERATION_STATE_UNKNOWN : operation.state();
  }

  /** The ids of the operations held and of those that ended, oldest ended first. */
  java.util.List<String> knownOperationIds() {
    java.util.List<String> held = java.util.List.copyOf(operations.keySet());
    java.util.LinkedHashSet<String> ids;
    synchronized (ended) {
      ids = new java.util.LinkedHashSet<>(ended.keySet());
    }
    ids.addAll(held);
    return java.util.List.copyOf(ids);
  }

  /** Whether the operation was removed as abandoned. */
  boolean isAbandoned(String operationId) {
    return abandoned.contains(operationId);
  }

  /** Marks the session as used now (every request that names it does). */
  void touch() {
    lastUsedNanos = System.nanoTime();
  }

  /** How long, at {@code now}, since the session was last used. */
  long idleFor(long now) {
    return now - lastUsedNanos;
  }

  MockSession cloneAs(String newSessionId) {
    MockSession clone = new MockSession(newSessionId, userId, confDefaults);
    clone.config.replaceAll(config.all(""));
    clone.artifacts.putAll(artifacts);
    return clone;
  }

  /** Counts a new ExecutePlan call of this session and wakes what waits on the count; returns it. */
  synchronized int callStarted() {
    calls++;
    notifyAll();
    return calls;
  }

  /** Waits at most {@code millis} for this session to have made {@code count} ExecutePlan calls: true when it has. */
  synchronized boolean awaitCalls(long count, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(millis);
    while (calls < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }
}
