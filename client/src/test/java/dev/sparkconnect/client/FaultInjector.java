package dev.sparkconnect.client;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.RetryInfo;
import dev.sparkconnect.proto.ExecutePlanResponse;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.protobuf.StatusProto;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Breaks the next ExecutePlan stream on purpose, after a chosen number of responses, the way a
 * network or a server breaks it: until the mock server's fault injection exists, this client-side
 * interceptor plays that part against a real server. The real call is cancelled and the client
 * sees the fault instead of the rest of the stream.
 */
final class FaultInjector implements ClientInterceptor {

  /** The kinds of break. */
  enum Fault {
    /** The server or network is gone for a moment. */
    UNAVAILABLE,
    /** What Spark answers when a reattach races a stream that is being cut. */
    INVALID_CURSOR_DISCONNECTED,
    /** The stream ends cleanly but before {@code result_complete}. */
    ENDED_EARLY,
    /** A failure that carries a server-requested retry delay. */
    RETRY_INFO
  }

  private record Armed(Fault fault, int afterResponses, boolean always) {}

  private final AtomicReference<Armed> armed = new AtomicReference<>();
  private final AtomicInteger injected = new AtomicInteger();

  /** Breaks the next ExecutePlan call after {@code afterResponses} responses, progress reports not counted. */
  void once(Fault fault, int afterResponses) {
    armed.set(new Armed(fault, afterResponses, false));
  }

  /** Breaks every ExecutePlan and ReattachExecute call after {@code afterResponses} responses. */
  void always(Fault fault, int afterResponses) {
    armed.set(new Armed(fault, afterResponses, true));
  }

  void disarm() {
    armed.set(null);
  }

  int injectedCount() {
    return injected.get();
  }

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
    String name = method.getBareMethodName();
    Armed fault = armed.get();
    boolean applies = fault != null && ("ExecutePlan".equals(name) || (fault.always() && "ReattachExecute".equals(name)));
    if (!applies || (!fault.always() && !armed.compareAndSet(fault, null))) {
      return next.newCall(method, options);
    }
    return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
      @Override
      public void start(Listener<R> listener, Metadata headers) {
        ClientCall<Q, R> call = delegate();
        super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
          private int delivered;
          private boolean broken;

          @Override
          public void onMessage(R message) {
            if (broken) {
              return;
            }
            if (isProgress(message)) {
              // Progress reports come and go with the server's timing; they are never counted, so
              // "after n responses" names the same place in every run.
              super.onMessage(message);
              return;
            }
            if (delivered == fault.afterResponses()) {
              breakNow();
              return;
            }
            delivered++;
            super.onMessage(message);
          }

          @Override
          public void onClose(Status status, Metadata trailers) {
            if (broken) {
              return;
            }
            if (delivered == fault.afterResponses() && status.isOk()) {
              // The stream had exactly this many responses: break at its end instead.
              breakNow();
              return;
            }
            super.onClose(status, trailers);
          }

          private void breakNow() {
            broken = true;
            injected.incrementAndGet();
            call.cancel("fault injected by the test", null);
            StatusAndTrailers failure = failure(fault.fault());
            delegate().onClose(failure.status, failure.trailers);
          }
        }, headers);
      }
    };
  }

  /** Whether a response is a progress report, which the server sends or not depending on timing. */
  static boolean isProgress(Object message) {
    return message instanceof ExecutePlanResponse response && response.hasExecutionProgress();
  }

  private record StatusAndTrailers(Status status, Metadata trailers) {}

  private static StatusAndTrailers failure(Fault fault) {
    switch (fault) {
      case UNAVAILABLE:
        return new StatusAndTrailers(Status.UNAVAILABLE.withDescription("injected: connection lost"), new Metadata());
      case INVALID_CURSOR_DISCONNECTED:
        return new StatusAndTrailers(Status.INTERNAL.withDescription(
            "[INVALID_CURSOR.DISCONNECTED] The cursor is invalid. injected"), new Metadata());
      case ENDED_EARLY:
        return new StatusAndTrailers(Status.OK, new Metadata());
      case RETRY_INFO: {
        com.google.rpc.Status proto = com.google.rpc.Status.newBuilder()
            .setCode(Code.RESOURCE_EXHAUSTED_VALUE)
            .setMessage("injected: busy, come back soon")
            .addDetails(Any.pack(RetryInfo.newBuilder()
                .setRetryDelay(com.google.protobuf.Duration.newBuilder().setNanos(20_000_000))
                .build()))
            .build();
        StatusException exception = StatusProto.toStatusException(proto);
        return new StatusAndTrailers(exception.getStatus(), exception.getTrailers());
      }
      default:
        throw new IllegalArgumentException(fault.name());
    }
  }
}
