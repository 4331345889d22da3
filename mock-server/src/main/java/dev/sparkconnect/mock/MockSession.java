package dev.sparkconnect.mock;

import dev.sparkconnect.proto.FetchErrorDetailsResponse;
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
  private volatile long lastUsedNanos = System.nanoTime();

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
    ReplayedOperation operation = operations.remove(operationId);
    if (operation != null) {
      operation.interrupt();
    }
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
}
