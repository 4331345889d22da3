package dev.sparkconnect.mock;

import dev.sparkconnect.proto.UserContext;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of one server life, checked on every request as Spark checks them: the session id
 * must be a UUID, a released session stays closed, and a client that saw another server-side
 * session id is told the server restarted.
 */
final class Sessions {

  /** How many closed session ids are remembered (to answer SESSION_CLOSED), as Spark bounds its tombstones. */
  static final int CLOSED_SESSIONS_KEPT = 10_000;

  private final Map<String, MockSession> open = new ConcurrentHashMap<>();
  private final Set<String> closed = java.util.Collections.newSetFromMap(java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > CLOSED_SESSIONS_KEPT;
        }
      }));
  private final Map<String, String> confDefaults;

  Sessions(Map<String, String> confDefaults) {
    this.confDefaults = confDefaults;
  }

  /** The session {@code request} belongs to, created on first use. */
  MockSession of(com.google.protobuf.Message request) {
    return get(Requests.sessionId(request), Requests.user(request), Requests.observedServerSideSessionId(request));
  }

  /** The session {@code request} belongs to, which must exist already (see {@link #existing}). */
  MockSession existingOf(com.google.protobuf.Message request) {
    return existing(Requests.sessionId(request), Requests.user(request),
        Requests.observedServerSideSessionId(request));
  }

  /** The session a request belongs to, created on first use. */
  MockSession get(String sessionId, UserContext user, String observedServerSideSessionId) {
    checkUuid(sessionId, "session");
    String key = key(sessionId, user);
    // An open session answers at once; only an unknown id is looked up among the closed ones
    // (behind a lock), so that sessions querying at once do not queue.
    MockSession session = open.get(key);
    if (session == null) {
      if (closed.contains(key)) {
        throw closedError(sessionId);
      }
      MockSession created = open.computeIfAbsent(key, k -> new MockSession(sessionId, user.getUserId(), confDefaults));
      if (closed.contains(key)) {
        open.remove(key, created); // closed while it was being created
        throw closedError(sessionId);
      }
      session = created;
    }
    session.touch();
    if (observedServerSideSessionId != null && !observedServerSideSessionId.isEmpty()
        && !observedServerSideSessionId.equals(session.serverSideSessionId)) {
      throw SparkErrors.handle("INVALID_HANDLE.SESSION_CHANGED", "The handle " + sessionId
          + " is invalid. The existing Spark server driver instance has restarted. Please reconnect.");
    }
    return session;
  }

  /**
   * The session of a request that never creates one (ReattachExecute, ReleaseExecute), as Spark
   * looks it up: a session that is gone is {@code SESSION_NOT_FOUND}, not a new session.
   */
  MockSession existing(String sessionId, UserContext user, String observedServerSideSessionId) {
    checkUuid(sessionId, "session");
    String key = key(sessionId, user);
    MockSession session = open.get(key);
    if (session == null && closed.contains(key)) {
      throw closedError(sessionId);
    }
    if (session == null) {
      throw SparkErrors.handle("INVALID_HANDLE.SESSION_NOT_FOUND", "The handle " + sessionId
          + " is invalid. Session not found.");
    }
    session.touch();
    if (observedServerSideSessionId != null && !observedServerSideSessionId.isEmpty()
        && !observedServerSideSessionId.equals(session.serverSideSessionId)) {
      throw SparkErrors.handle("INVALID_HANDLE.SESSION_CHANGED", "The handle " + sessionId
          + " is invalid. The existing Spark server driver instance has restarted. Please reconnect.");
    }
    return session;
  }

  /**
   * Ends a session for good (ReleaseSession); with {@code allowReconnect} its id may start a new one.
   * Its operations end too. Returns the session released, or null when none was open: releasing
   * a session that never existed changes nothing, not even closing its id.
   */
  MockSession release(String sessionId, UserContext user, boolean allowReconnect) {
    checkUuid(sessionId, "session");
    String key = key(sessionId, user);
    // Closed before it leaves the open sessions, so that a request racing the release either gets
    // the session it already had or SESSION_CLOSED, never a new session under the closed id.
    boolean closing = !allowReconnect && open.containsKey(key);
    if (closing) {
      closed.add(key);
    }
    MockSession released = open.remove(key);
    if (released == null && closing) {
      closed.remove(key); // released meanwhile by another request: it decided
    }
    if (released != null) {
      released.operations.values().forEach(ReplayedOperation::interrupt);
    }
    return released;
  }


  /**
   * Ends, as Spark's session manager does, the sessions idle for longer than {@code sessionIdle}
   * (closed: their ids answer {@code SESSION_CLOSED}) and, in every session, the operations no
   * client has streamed, reattached to or released for longer than {@code operationIdle}.
   */
  void expire(long sessionIdleNanos, long operationIdleNanos) {
    long now = System.nanoTime();
    for (Map.Entry<String, MockSession> entry : open.entrySet()) {
      MockSession session = entry.getValue();
      for (ReplayedOperation operation : session.operations.values()) {
        if (operation.idleFor(now) > operationIdleNanos) {
          session.abandon(operation.operationId);
        }
      }
      if (session.idleFor(now) > sessionIdleNanos && session.operations.isEmpty()) {
        close(entry.getKey(), session);
      }
    }
  }

  /** Closes {@code session}'s id, then removes it if it is still the open one (see {@link #release}). */
  private void close(String key, MockSession session) {
    closed.add(key);
    if (!open.remove(key, session) && open.get(key) != null) {
      closed.remove(key); // another session took the id meanwhile; it stays open
    }
  }

  /**
   * Closes a session as Spark's session manager does when it evicts one: its id answers
   * {@code SESSION_CLOSED} from now on.
   */
  void evict(MockSession session) {
    close(key(session.sessionId, session.userId), session);
    for (ReplayedOperation operation : session.operations.values()) {
      operation.interrupt();
    }
  }

  /**
   * Closes the session {@code sessionId} of {@code user} as {@link #evict} does, whether or not a
   * request opened it yet: a first call evicted leaves the id closed too.
   */
  void evict(String sessionId, UserContext user) {
    MockSession session = open.get(key(sessionId, user));
    if (session != null) {
      evict(session);
    } else if (!sessionId.isEmpty()) {
      closed.add(key(sessionId, user));
    }
  }

  /** Forgets the session {@code sessionId} of {@code user}, if it is open, as {@link #lose} does. */
  void lose(String sessionId, UserContext user) {
    MockSession session = open.get(key(sessionId, user));
    if (session != null) {
      lose(session);
    }
  }

  /** The error of a call naming a session that was closed. */
  static io.grpc.StatusRuntimeException closedError(String sessionId) {
    return SparkErrors.handle("INVALID_HANDLE.SESSION_CLOSED", "The handle " + sessionId
        + " is invalid. Session was closed.");
  }

  /** Forgets a session as an evicting server would: its next request starts a new one. */
  void lose(MockSession session) {
    open.values().remove(session);
  }

  MockSession cloneSession(MockSession source, String newSessionId) {
    try {
      checkUuid(newSessionId, "new session");
    } catch (io.grpc.StatusRuntimeException e) {
      throw SparkErrors.handle("INVALID_CLONE_SESSION_REQUEST.TARGET_SESSION_ID_FORMAT", "The target session id "
          + newSessionId + " must be a UUID string of the format '00112233-4455-6677-8899-aabbccddeeff'.");
    }
    String key = newSessionId + "|" + source.userId;
    if (closed.contains(key)) {
      throw SparkErrors.handle("INVALID_CLONE_SESSION_REQUEST.TARGET_SESSION_ID_ALREADY_CLOSED", "The target session id "
          + newSessionId + " was already closed.");
    }
    MockSession clone = source.cloneAs(newSessionId);
    if (open.putIfAbsent(key, clone) != null) {
      throw SparkErrors.handle("INVALID_CLONE_SESSION_REQUEST.TARGET_SESSION_ID_ALREADY_EXISTS", "The target session id "
          + newSessionId + " is already in use.");
    }
    return clone;
  }

  java.util.Collection<MockSession> all() {
    return open.values();
  }

  /** Every session gone, as after a driver restart (closed ones may be used again). */
  void clear() {
    open.clear();
    closed.clear();
  }

  static void checkUuid(String id, String what) {
    try {
      if (!UUID.fromString(id).toString().equalsIgnoreCase(id)) {
        throw new IllegalArgumentException(id);
      }
    } catch (IllegalArgumentException e) {
      throw SparkErrors.handle("INVALID_HANDLE.FORMAT", "The handle " + id + " is invalid. The " + what
          + " id must be a UUID string of the format '00112233-4455-6677-8899-aabbccddeeff'.");
    }
  }

  private static String key(String sessionId, UserContext user) {
    return key(sessionId, user.getUserId());
  }

  private static String key(String sessionId, String userId) {
    return sessionId + "|" + userId;
  }
}
