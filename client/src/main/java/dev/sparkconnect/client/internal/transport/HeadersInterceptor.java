package dev.sparkconnect.client.internal.transport;

import dev.sparkconnect.protocol.connection.ConnectionString;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.util.Map;

/**
 * Adds the connection string's headers to every call: {@code Authorization: Bearer TOKEN} when a
 * token is given, and every extra {@code key=value} parameter as a header of its own.
 */
final class HeadersInterceptor implements ClientInterceptor {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("Authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final Metadata headers = new Metadata();

  HeadersInterceptor(ConnectionString remote) {
    remote.token().ifPresent(token -> headers.put(AUTHORIZATION, "Bearer " + token));
    for (Map.Entry<String, String> header : remote.headers().entrySet()) {
      headers.put(Metadata.Key.of(header.getKey(), Metadata.ASCII_STRING_MARSHALLER), header.getValue());
    }
  }

  boolean isEmpty() {
    return headers.keys().isEmpty();
  }

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
    return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
      @Override
      public void start(Listener<R> listener, Metadata callHeaders) {
        callHeaders.merge(headers);
        super.start(listener, callHeaders);
      }
    };
  }
}
