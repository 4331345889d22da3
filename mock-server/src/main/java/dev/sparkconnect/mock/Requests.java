package dev.sparkconnect.mock;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.sparkconnect.proto.UserContext;

/**
 * The fields every Spark Connect request carries (session id, user context, the server-side
 * session id the client last saw), read by name from any request message, so that no RPC handler
 * spells out the same three getters.
 */
final class Requests {

  private Requests() {}

  /** The request's {@code session_id}, or "" if it has none. */
  static String sessionId(Message request) {
    Object value = field(request, "session_id");
    return value instanceof String id ? id : "";
  }

  /** The request's {@code user_context}, or an empty one. */
  static UserContext user(Message request) {
    Object value = field(request, "user_context");
    return value instanceof UserContext user ? user : UserContext.getDefaultInstance();
  }

  /** The server-side session id the client last saw, or null if it sent none. */
  static String observedServerSideSessionId(Message request) {
    FieldDescriptor field = request.getDescriptorForType().findFieldByName("client_observed_server_side_session_id");
    return field != null && request.hasField(field) ? (String) request.getField(field) : null;
  }

  private static Object field(Message request, String name) {
    FieldDescriptor field = request.getDescriptorForType().findFieldByName(name);
    return field == null ? null : request.getField(field);
  }
}
