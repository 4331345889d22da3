package dev.sparkconnect.mock.record;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.util.Locale;

/**
 * Carries a client's headers (its bearer token, user agent, custom {@code sc://} keys) through the
 * proxy to the real server, unchanged and unlogged. The server side keeps each call's headers in the
 * gRPC context; the client side copies them onto the forwarded call.
 */
final class ForwardedHeaders implements ServerInterceptor, ClientInterceptor {

  private static final Context.Key<Metadata> HEADERS = Context.key("spark-connect-forwarded-headers");

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    Metadata forwarded = new Metadata();
    for (String key : headers.keys()) {
      String lower = key.toLowerCase(Locale.ROOT);
      if (lower.startsWith(":") || lower.startsWith("grpc-") || lower.equals("content-type") || lower.equals("te")
          || lower.equals("user-agent") || lower.equals(dev.sparkconnect.mock.FaultHeader.NAME)
          || lower.endsWith(Metadata.BINARY_HEADER_SUFFIX)) {
        continue;
      }
      Metadata.Key<String> name = Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER);
      for (String value : headers.getAll(name)) {
        forwarded.put(name, value);
      }
    }
    return Contexts.interceptCall(Context.current().withValue(HEADERS, forwarded), call, headers, next);
  }

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
    Metadata captured = HEADERS.get();
    return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
      @Override
      public void start(Listener<R> listener, Metadata headers) {
        if (captured != null) {
          headers.merge(captured);
        }
        super.start(listener, headers);
      }
    };
  }
}
