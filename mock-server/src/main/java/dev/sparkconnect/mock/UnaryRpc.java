package dev.sparkconnect.mock;

import com.google.protobuf.Message;
import dev.sparkconnect.protocol.errors.ErrorConditions;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.Map;

/** How the mock answers an RPC that has one answer: faults first, then the answer, or the error as Spark sends it. */
final class UnaryRpc {

  private UnaryRpc() {}

  /** Makes the answer; a failure it throws is sent as the call's error. */
  @FunctionalInterface
  interface Handler<R> {
    R answer();
  }

  /**
   * Applies the faults armed for this call of {@code rpc} (about the plan with {@code planKey}, or
   * null), then answers it with {@code handler}'s answer or fails it as Spark would.
   */
  static <R> void answer(MockSparkConnectServer server, String rpc, Message request, String planKey,
      StreamObserver<R> out, Handler<R> handler) {
    try {
      UnaryCall call = new UnaryCall(server, rpc, Requests.sessionId(request), Requests.user(request), out);
      for (Fault fault : server.faults().forCall(rpc, planKey).at(0)) {
        if (fault.effect().applyTo(call)) {
          return;
        }
      }
      out.onNext(handler.answer());
      out.onCompleted();
    } catch (StatusRuntimeException e) {
      out.onError(e);
    } catch (RuntimeException e) {
      out.onError(internalError(rpc, e));
    }
  }

  /** A failure of the mock itself, sent as Spark sends an internal error instead of gRPC's bare UNKNOWN. */
  static StatusRuntimeException internalError(String rpc, RuntimeException e) {
    org.slf4j.LoggerFactory.getLogger(MockSparkConnectServer.class).error("The mock server failed on {}", rpc, e);
    return SparkErrors.exception(SparkErrors.status(ErrorConditions.SPARK_EXCEPTION, "INTERNAL_ERROR", "XX000",
        "The mock Spark Connect server failed on " + rpc + ": " + e, Map.of()));
  }
}
