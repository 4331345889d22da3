package dev.sparkconnect.client.internal.transport;

import com.google.rpc.RetryInfo;
import dev.sparkconnect.client.internal.errors.ServerErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;

/** Which gRPC failures are worth retrying, as Apache Spark's clients decide it. */
final class RetryableErrors {

  private RetryableErrors() {}

  /**
   * UNAVAILABLE (the server or network is briefly gone), INTERNAL with
   * {@code INVALID_CURSOR.DISCONNECTED} (a reattach raced a stream cut), a stream the other end
   * reset ({@link #isResetByPeer}), and any failure with {@code google.rpc.RetryInfo}.
   */
  static boolean isRetryable(StatusRuntimeException e) {
    Status.Code code = e.getStatus().getCode();
    if (code == Status.Code.UNAVAILABLE || isTooManyPings(e) || isResetByPeer(e)) {
      return true;
    }
    String description = e.getStatus().getDescription();
    if (code == Status.Code.INTERNAL && description != null && description.contains("INVALID_CURSOR.DISCONNECTED")) {
      return true;
    }
    return serverRetryDelay(e) != null;
  }

  /**
   * The server closed the connection because this client pinged more often than it permits
   * (GOAWAY {@code too_many_pings}): the connection is gone but nothing is wrong with the call, so
   * it reattaches on a new connection.
   */
  static boolean isTooManyPings(StatusRuntimeException e) {
    String description = e.getStatus().getDescription();
    return e.getStatus().getCode() == Status.Code.RESOURCE_EXHAUSTED && description != null
        && description.contains("too_many_pings");
  }

  /**
   * The server (or a proxy on the way) reset the stream ({@code RST_STREAM}, which gRPC reports
   * as CANCELLED): a server going down does this to the calls it still holds, an idle long-running
   * call among them. Nothing was decided about the call, so it is retried or reattached; a cancel
   * of this client's own never reads so.
   */
  static boolean isResetByPeer(StatusRuntimeException e) {
    String description = e.getStatus().getDescription();
    return e.getStatus().getCode() == Status.Code.CANCELLED && description != null
        && description.contains("RST_STREAM");
  }

  /** The delay the server asked for with {@code RetryInfo}, or null. */
  static Duration serverRetryDelay(StatusRuntimeException e) {
    RetryInfo info = ServerErrors.detail(e, RetryInfo.class);
    if (info == null) {
      return null;
    }
    return Duration.ofSeconds(info.getRetryDelay().getSeconds(), info.getRetryDelay().getNanos());
  }

  /** The server no longer knows the operation or session: it finished, expired or the server restarted. */
  static boolean isOperationGone(StatusRuntimeException e) {
    String description = e.getStatus().getDescription();
    return description != null && (description.contains("INVALID_HANDLE.OPERATION_NOT_FOUND")
        || description.contains("INVALID_HANDLE.SESSION_NOT_FOUND"));
  }
}
