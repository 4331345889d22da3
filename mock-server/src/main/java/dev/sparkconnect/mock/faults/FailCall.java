package dev.sparkconnect.mock.faults;

import com.google.rpc.Code;
import com.google.rpc.Status;
import io.grpc.protobuf.StatusProto;
import java.util.Objects;

/** Fails the call with a status, exactly as given (with whatever details it holds). */
public final class FailCall implements FaultEffect {

  private final Status status;

  /** A failure with {@code status}: a gRPC code from 1 (CANCELLED) to 16 (UNAUTHENTICATED). */
  public FailCall(Status status) {
    Objects.requireNonNull(status, "status");
    if (status.getCode() < 1 || status.getCode() > 16) {
      throw new IllegalArgumentException("a failure needs a gRPC status code from 1 (CANCELLED) to 16"
          + " (UNAUTHENTICATED), not " + status.getCode());
    }
    this.status = status;
  }

  /** The status the call fails with. */
  public Status status() {
    return status;
  }

  @Override
  public boolean applyTo(FaultedCall call) {
    return call.fail(StatusProto.toStatusRuntimeException(status));
  }

  @Override
  public String describe() {
    String message = status.getMessage();
    int condition = message.startsWith("[") ? message.indexOf(']') : -1;
    return Code.forNumber(status.getCode()) + (condition > 0 ? " " + message.substring(0, condition + 1) : "");
  }
}
