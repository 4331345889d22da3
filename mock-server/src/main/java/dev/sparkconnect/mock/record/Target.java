package dev.sparkconnect.mock.record;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The real server a recording proxy or a verification talks to, from its {@code sc://} string.
 * Only what reaching the server needs is read here (host, port, TLS); a token in the string is
 * used for the connection and never shown by {@link #toString()}.
 */
public record Target(String host, int port, boolean tls, String token) {

  /** Reads {@code sc://host[:port][/;use_ssl=true][;token=...]}; a bad string fails saying what to write. */
  public static Target parse(String remote) {
    if (remote == null || !remote.startsWith("sc://")) {
      throw new IllegalArgumentException("the target must be an sc:// string such as sc://localhost:15002, not "
          + (remote == null ? "nothing" : "\"" + redact(remote) + "\""));
    }
    String rest = remote.substring("sc://".length());
    String params = "";
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      params = rest.substring(slash + 1);
      rest = rest.substring(0, slash);
    }
    URI uri;
    try {
      uri = new URI("sc://" + rest);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the target \"" + redact(remote) + "\" has no valid host[:port]");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("the target \"" + redact(remote) + "\" has no host");
    }
    boolean tls = false;
    String token = null;
    for (String param : params.split(";")) {
      if (param.isEmpty()) {
        continue;
      }
      int eq = param.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("the target parameter \""
            + (param.toLowerCase(Locale.ROOT).contains("token") ? "token..." : param) + "\" is not key=value");
      }
      String key = param.substring(0, eq).toLowerCase(Locale.ROOT);
      String value = param.substring(eq + 1);
      if (key.equals("use_ssl")) {
        tls = Boolean.parseBoolean(value);
      } else if (key.equals("token")) {
        token = value;
        tls = true;
      }
    }
    return new Target(uri.getHost(), uri.getPort() < 0 ? 15002 : uri.getPort(), tls, token);
  }

  /** A channel to the target (TLS with the system's trust store when asked for). */
  public ManagedChannel channel() {
    NettyChannelBuilder builder = NettyChannelBuilder.forAddress(host, port).maxInboundMessageSize(128 * 1024 * 1024);
    if (tls) {
      builder.useTransportSecurity();
    } else {
      builder.usePlaintext();
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return "sc://" + host + ":" + port + (tls ? "/;use_ssl=true" : "") + (token != null ? ";token=<redacted>" : "");
  }

  private static String redact(String remote) {
    return remote.replaceAll("(?i)(token=)[^;]*", "$1<redacted>");
  }
}
