package dev.sparkconnect.mock.conformance;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import dev.sparkconnect.protocol.errors.SparkErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Optional;

/**
 * A call's failure as it came over the wire: the gRPC status and, when the server sent one, the
 * {@code google.rpc.ErrorInfo} Spark attaches (condition, SQL state, classes, error id).
 */
record WireError(Status.Code code, String message, Optional<ErrorInfo> errorInfo, boolean sqlStateSent) {

  /** The failure of a call; {@code sqlStateSent} says whether the endpoint puts SQL states in its ErrorInfo. */
  static WireError of(StatusRuntimeException e, boolean sqlStateSent) {
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    Optional<ErrorInfo> info = Optional.empty();
    if (status != null) {
      for (Any detail : status.getDetailsList()) {
        if (detail.is(ErrorInfo.class)) {
          try {
            info = Optional.of(detail.unpack(ErrorInfo.class));
          } catch (InvalidProtocolBufferException ignored) {
            // An ErrorInfo that does not parse counts as none.
          }
          break;
        }
      }
    }
    String message = e.getStatus().getDescription();
    return new WireError(e.getStatus().getCode(), message == null ? "" : message, info, sqlStateSent);
  }

  /** What Spark's ErrorInfo says, read as Spark writes it. */
  Optional<SparkErrorInfo> info() {
    return errorInfo.map(SparkErrorInfo::of);
  }

  /**
   * The error condition (Spark's error class), from the ErrorInfo, else from the first
   * {@code [CONDITION]} in the message (Spark 3.5 writes {@code org.apache.spark.SparkSQLException: [INVALID_HANDLE...]}).
   */
  String condition() {
    return info().map(SparkErrorInfo::condition).or(() -> {
      java.util.regex.Matcher bracketed = CONDITION_IN_MESSAGE.matcher(message);
      return bracketed.find() ? Optional.of(bracketed.group(1)) : Optional.empty();
    }).orElse("");
  }

  private static final java.util.regex.Pattern CONDITION_IN_MESSAGE =
      java.util.regex.Pattern.compile("\\[([A-Z][A-Z0-9_]*(?:\\.[A-Z0-9_]+)*)]");

  String sqlState() {
    return info().map(SparkErrorInfo::sqlState).orElse("");
  }

  /** Checks the condition, or its main part: {@code INVALID_HANDLE} matches {@code INVALID_HANDLE.FORMAT}. */
  WireError expectCondition(String expected) {
    String actual = condition();
    boolean matches = actual.equals(expected) || (!expected.contains(".") && actual.startsWith(expected + "."));
    Expect.that(matches, "expected the error condition " + expected + " but got " + describe());
    return this;
  }

  /** Checks the SQL state, where the endpoint sends one (Spark 4.0 and later). */
  WireError expectSqlState(String expected) {
    if (sqlStateSent) {
      Expect.equal(expected, sqlState(), "the SQL state of " + describe());
    }
    return this;
  }

  String describe() {
    String condition = condition();
    return code + (condition.isEmpty() ? "" : " " + condition) + ": "
        + (message.length() > 200 ? message.substring(0, 200) + "..." : message);
  }
}
