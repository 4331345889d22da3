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
  final Map<String, byte[]> artifacts = new ConcurrentHashMap<>();
  final Map<String, ReplayedOperation> operations = new ConcurrentHashMap<>();
  final Map<String, FetchErrorDetailsResponse> errorDetails = new ConcurrentHashMap<>();

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

  MockSession cloneAs(String newSessionId) {
    MockSession clone = new MockSession(newSessionId, userId, confDefaults);
    clone.config.replaceAll(config.all(""));
    clone.artifacts.putAll(artifacts);
    return clone;
  }
}
