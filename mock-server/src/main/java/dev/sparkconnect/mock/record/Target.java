package dev.sparkconnect.mock.record;

import dev.sparkconnect.protocol.connection.ConnectionString;
import dev.sparkconnect.protocol.rpc.DeepMessages;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;

/**
 * The real server a recording proxy or a verification talks to, from its {@code sc://} string.
 * Only what reaching the server needs is read here (host, port, TLS); a token in the string is
 * used for the connection and never shown by {@link #toString()}.
 */
public record Target(String host, int port, boolean tls, String token) {

  /**
   * Reads the target's {@code sc://} string with the client's own rules ({@link ConnectionString});
   * a bad string fails saying what to write.
   */
  public static Target parse(String remote) {
    ConnectionString parsed;
    try {
      parsed = ConnectionString.parse(remote == null ? "" : remote);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the target must be an sc:// string such as sc://localhost:15002: "
          + e.getMessage(), e);
    }
    return new Target(parsed.host(), parsed.port(), parsed.useTls(), parsed.token().orElse(null));
  }

  /** A channel to the target (TLS with the system's trust store when asked for). */
  public ManagedChannel channel() {
    NettyChannelBuilder builder = NettyChannelBuilder.forAddress(host, port)
        .maxInboundMessageSize(ConnectionString.DEFAULT_MAX_MESSAGE_SIZE)
        .intercept(DeepMessages.clientInterceptor());
    if (tls) {
      builder.useTransportSecurity();
    } else {
      builder.usePlaintext();
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return "sc://" + host + ":" + port + (tls || token != null ? "/" : "") + (tls ? ";use_ssl=true" : "")
        + (token != null ? ";token=<redacted>" : "");
  }
}
