package dev.sparkconnect.protocol.connection;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A parsed Spark Connect connection string, {@code sc://host[:port]/;key=value;...}.
 *
 * <p>The keys Spark defines are {@code token} (a bearer token; implies TLS), {@code use_ssl},
 * {@code user_id}, {@code user_agent}, {@code session_id} (a UUID) and
 * {@code grpc_max_message_size}; any other key is sent to the server as a gRPC header. Values may
 * be percent-encoded. The port is 15002 when none is given.
 *
 * <pre>{@code
 * ConnectionString remote = ConnectionString.parse("sc://spark.example.com:443/;token=...;user_id=alice");
 * remote.useTls();   // true, because a token is given
 * remote.toString(); // the token is shown as <redacted>
 * }</pre>
 *
 * <p>Anything malformed is rejected with an {@link IllegalArgumentException} that names the bad
 * part; the token itself never appears in a message or in {@link #toString()}.
 */
public final class ConnectionString {

  /** The port Spark Connect servers listen on by default. */
  public static final int DEFAULT_PORT = 15002;

  /** The largest inbound message accepted by default: 128 MiB, as Apache's clients do. */
  public static final int DEFAULT_MAX_MESSAGE_SIZE = 128 * 1024 * 1024;

  /** The environment variable that supplies a connection string when the code gives none. */
  public static final String SPARK_REMOTE = "SPARK_REMOTE";

  private static final String SCHEME = "sc://";
  private static final String EXAMPLE = "sc://localhost:15002/;user_id=alice";

  private final String host;
  private final int port;
  private final String token;
  private final boolean useTls;
  private final String userId;
  private final String userAgent;
  private final String sessionId;
  private final int maxMessageSize;
  private final Map<String, String> headers;

  private ConnectionString(String host, int port, String token, boolean useTls, String userId, String userAgent,
      String sessionId, int maxMessageSize, Map<String, String> headers) {
    this.host = host;
    this.port = port;
    this.token = token;
    this.useTls = useTls;
    this.userId = userId;
    this.userAgent = userAgent;
    this.sessionId = sessionId;
    this.maxMessageSize = maxMessageSize;
    this.headers = Collections.unmodifiableMap(headers);
  }

  /**
   * Parses {@code value}.
   *
   * @throws IllegalArgumentException naming the part that is wrong and what is expected instead
   */
  public static ConnectionString parse(String value) {
    Objects.requireNonNull(value, "connection string");
    String text = value.trim();
    if (!text.startsWith(SCHEME)) {
      int colon = text.indexOf("://");
      String scheme = colon > 0 ? "'" + text.substring(0, colon) + "://'" : "no scheme";
      throw new IllegalArgumentException("A Spark Connect connection string starts with 'sc://', but this one has "
          + scheme + "; for example " + EXAMPLE);
    }
    String rest = text.substring(SCHEME.length());
    int semicolon = rest.indexOf(';');
    String authorityAndPath = semicolon < 0 ? rest : rest.substring(0, semicolon);
    String parameters = semicolon < 0 ? "" : rest.substring(semicolon + 1);

    String authority = authorityAndPath;
    int slash = authorityAndPath.indexOf('/');
    if (slash >= 0) {
      authority = authorityAndPath.substring(0, slash);
      String path = authorityAndPath.substring(slash);
      if (!path.equals("/")) {
        throw new IllegalArgumentException("A Spark Connect connection string has no path, but this one has '" + path
            + "'; parameters follow the host after '/;', for example " + EXAMPLE);
      }
    }
    String host;
    String portText = null;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("The IPv6 host in '" + redact(value) + "' lacks its closing ']'");
      }
      host = authority.substring(1, close);
      String after = authority.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw new IllegalArgumentException("Unexpected '" + after + "' after the host '[" + host + "]'");
        }
        portText = after.substring(1);
      }
    } else {
      int colon = authority.lastIndexOf(':');
      host = colon < 0 ? authority : authority.substring(0, colon);
      portText = colon < 0 ? null : authority.substring(colon + 1);
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("The connection string '" + redact(value)
          + "' has no host; for example " + EXAMPLE);
    }
    if (host.contains("@")) {
      throw new IllegalArgumentException("The host '" + host + "' may not carry user information; use ';user_id=NAME'");
    }
    int port = DEFAULT_PORT;
    if (portText != null) {
      try {
        port = Integer.parseInt(portText);
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("The port '" + portText + "' is not a number from 1 to 65535");
      }
    }

    Map<String, String> values = new LinkedHashMap<>();
    if (!parameters.isEmpty()) {
      for (String parameter : parameters.split(";", -1)) {
        if (parameter.isEmpty()) {
          continue;
        }
        int equals = parameter.indexOf('=');
        if (equals <= 0 || parameter.indexOf('=', equals + 1) >= 0) {
          String shown = parameter.toLowerCase(Locale.ROOT).startsWith("token") ? "token=<redacted>" : parameter;
          throw new IllegalArgumentException("The parameter '" + shown
              + "' is not exactly one key=value pair; separate parameters with ';'");
        }
        String key = decode(parameter.substring(0, equals), "a parameter name");
        String raw = parameter.substring(equals + 1);
        String decoded = decode(raw, "the value of '" + key + "'");
        if (values.put(key, decoded) != null) {
          throw new IllegalArgumentException("The parameter '" + key + "' is given twice");
        }
      }
    }

    String token = values.remove("token");
    if (token != null && token.isEmpty()) {
      throw new IllegalArgumentException("The parameter 'token' is empty; give the bearer token or leave it out");
    }
    String useSsl = values.remove("use_ssl");
    boolean useTls = token != null;
    if (useSsl != null) {
      if (useSsl.equalsIgnoreCase("true")) {
        useTls = true;
      } else if (useSsl.equalsIgnoreCase("false")) {
        if (token != null) {
          throw new IllegalArgumentException("A token is only sent over TLS, but 'use_ssl=false' turns TLS off");
        }
        useTls = false;
      } else {
        throw new IllegalArgumentException("The parameter 'use_ssl' is '" + useSsl + "'; use true or false");
      }
    }
    String userId = values.remove("user_id");
    String userAgent = values.remove("user_agent");
    String sessionId = values.remove("session_id");
    if (sessionId != null) {
      try {
        if (!UUID.fromString(sessionId).toString().equalsIgnoreCase(sessionId)) {
          throw new IllegalArgumentException();
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("The parameter 'session_id' is '" + sessionId
            + "', which is not a UUID such as " + UUID.nameUUIDFromBytes(new byte[0]));
      }
    }
    int maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;
    String maxText = values.remove("grpc_max_message_size");
    if (maxText != null) {
      try {
        maxMessageSize = Integer.parseInt(maxText);
      } catch (NumberFormatException e) {
        maxMessageSize = -1;
      }
      if (maxMessageSize <= 0) {
        throw new IllegalArgumentException("The parameter 'grpc_max_message_size' is '" + maxText
            + "'; give a positive number of bytes");
      }
    }
    return new ConnectionString(host, port, token, useTls, userId, userAgent, sessionId, maxMessageSize, values);
  }

  /** The connection string of {@code SPARK_REMOTE}, if that variable is set. */
  public static Optional<ConnectionString> fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  /** The connection string of {@code SPARK_REMOTE} in {@code environment}, if set there. */
  static Optional<ConnectionString> fromEnvironment(java.util.function.UnaryOperator<String> environment) {
    String remote = environment.apply(SPARK_REMOTE);
    if (remote == null || remote.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(remote));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The environment variable " + SPARK_REMOTE + " is not a valid connection string: "
          + e.getMessage(), e);
    }
  }

  /** The server's host name or address. */
  public String host() {
    return host;
  }

  /** The server's port. */
  public int port() {
    return port;
  }

  /** The bearer token, if any. Never logged or shown by this class. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  /** Whether the channel uses TLS: when {@code use_ssl=true} or a token is given. */
  public boolean useTls() {
    return useTls;
  }

  /** The user id sent in every request's user context, if given. */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** The user agent, if given. */
  public Optional<String> userAgent() {
    return Optional.ofNullable(userAgent);
  }

  /** The session id to use, if given; otherwise the client makes one. */
  public Optional<String> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  /** The largest inbound gRPC message accepted, in bytes. */
  public int maxMessageSize() {
    return maxMessageSize;
  }

  /** The remaining parameters, sent as gRPC headers with every call. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The connection string again, with the token replaced by {@code <redacted>}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(SCHEME);
    text.append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/');
    if (token != null) {
      text.append(";token=<redacted>");
    } else if (useTls) {
      text.append(";use_ssl=true");
    }
    appendIfSet(text, "user_id", userId);
    appendIfSet(text, "user_agent", userAgent);
    appendIfSet(text, "session_id", sessionId);
    if (maxMessageSize != DEFAULT_MAX_MESSAGE_SIZE) {
      text.append(";grpc_max_message_size=").append(maxMessageSize);
    }
    headers.forEach((key, value) -> text.append(';').append(key).append('=').append(value));
    return text.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConnectionString c && host.equals(c.host) && port == c.port && Objects.equals(token, c.token)
        && useTls == c.useTls && Objects.equals(userId, c.userId) && Objects.equals(userAgent, c.userAgent)
        && Objects.equals(sessionId, c.sessionId) && maxMessageSize == c.maxMessageSize && headers.equals(c.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, port, useTls, userId, sessionId);
  }

  private static void appendIfSet(StringBuilder text, String key, String value) {
    if (value != null) {
      text.append(';').append(key).append('=').append(value);
    }
  }

  private static String decode(String text, String what) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // The decoder's own message quotes the text, which may be a token: say only where.
      throw new IllegalArgumentException("Bad percent-encoding in " + what + ": a '%' must be followed by two hex digits");
    }
  }

  /** The input with any token value hidden, for error messages. */
  private static String redact(String value) {
    return value.replaceAll("(?i)(token=)[^;]*", "$1<redacted>");
  }
}
