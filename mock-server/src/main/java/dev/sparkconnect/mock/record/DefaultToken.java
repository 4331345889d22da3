package dev.sparkconnect.mock.record;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

/**
 * Sends the target's own bearer token (the {@code token=} of the proxy's {@code sc://} target) on
 * calls whose client sent none; a client's own token always wins. The token is never logged.
 */
final class DefaultToken implements ClientInterceptor {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final String header;

  DefaultToken(String token) {
    this.header = "Bearer " + token;
  }

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
    return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
      @Override
      public void start(Listener<R> listener, Metadata headers) {
        if (!headers.containsKey(AUTHORIZATION)) {
          headers.put(AUTHORIZATION, header);
        }
        super.start(listener, headers);
      }
    };
  }

  @Override
  public String toString() {
    return "DefaultToken[<redacted>]";
  }
}
