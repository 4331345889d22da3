package dev.sparkconnect.mock;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Faults a client chooses per request, in a gRPC header: any Spark Connect client, in any
 * language, breaks its own calls without a line of Java. The header is
 * {@value #NAME}, its value a {@link FaultExpression} such as {@code endStream@2}; the faults fire
 * on the call that carries it (on ExecutePlan, within its operation: a reattach does not fire them
 * again), once each. Spark clients send an {@code sc://} parameter they do not know as a header,
 * so a connection string is enough:
 *
 * <pre>
 * sc://localhost:15002/;spark-connect-mock-fault=endStream@2      every query's stream ends after 2 responses
 * </pre>
 *
 * <p>An expression that does not parse fails the call with {@code INVALID_ARGUMENT} saying what to
 * fix. The mock server and the recording proxy both read it.
 */
public final class FaultHeader implements ServerInterceptor {

  /** The header's name. */
  public static final String NAME = "spark-connect-mock-fault";

  private static final Metadata.Key<String> KEY = Metadata.Key.of(NAME, Metadata.ASCII_STRING_MARSHALLER);
  private static final Context.Key<List<Fault>> FAULTS = Context.key(NAME);

  @Override
  public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
      ServerCallHandler<Q, A> next) {
    Iterable<String> values = headers.getAll(KEY);
    if (values == null) {
      return next.startCall(call, headers);
    }
    List<Fault> faults = new ArrayList<>();
    try {
      for (String value : values) {
        faults.addAll(FaultExpression.parse(value));
      }
    } catch (IllegalArgumentException e) {
      call.close(Status.INVALID_ARGUMENT.withDescription("the " + NAME + " header does not name a fault: "
          + e.getMessage()), new Metadata());
      return new ServerCall.Listener<>() { };
    }
    return Contexts.interceptCall(Context.current().withValue(FAULTS, List.copyOf(faults)), call, headers, next);
  }

  /** The faults the current call's header names; empty outside a call or without the header. */
  static List<Fault> ofCurrentCall() {
    List<Fault> faults = FAULTS.get();
    return faults == null ? List.of() : faults;
  }
}
