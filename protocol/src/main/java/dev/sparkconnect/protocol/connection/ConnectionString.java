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
 * <p>The keys Spark defines are {@code token} (a bearer token), {@code use_ssl}, {@code user_id},
 * {@code user_agent}, {@code session_id} (a UUID) and {@code grpc_max_message_size}; any other key
 * is sent to the server as a gRPC header. Values may be percent-encoded. The port is 15002 when
 * none is given. Keys are Spark's, exactly: a key that differs from one of them only in case or by
 * a slip ({@code Token}, {@code tokn}, {@code user-id}) is refused naming the key it resembles,
 * rather than sent, unnoticed, as a header.
 *
 * <p><b>TLS and the token.</b> {@code use_ssl=true} or {@code use_ssl=false} decides. Without it, a
 * token means TLS, except to a loopback host ({@code localhost}, {@code 127.0.0.0/8},
 * {@code ::1}), where the token never leaves the machine and plain text is used, as a local
 * Spark server started with {@code spark.connect.authenticate.token} expects. Sending a token in
 * plain text to any other host takes an explicit {@code use_ssl=false}
 * ({@link #sendsTokenInPlainTextOffThisMachine()}; the client logs a warning naming the host).
 *
 * <pre>{@code
 * ConnectionString remote = ConnectionString.parse("sc://spark.example.com:443/;token=...;user_id=alice");
 * remote.useTls();   // true, because a token is given to another host
 * remote.toString(); // the token is shown as <redacted>
 * ConnectionString.parse("sc://localhost:15002/;token=...").useTls();   // false: loopback
 * }</pre>
 *
 * <p>Anything malformed is rejected with an {@link IllegalArgumentException} that names the bad
 * part. Neither the token nor the value of any header parameter (which may be a credential, such
 * as {@code x-api-key}) ever appears in a message or in {@link #toString()}.
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
      int position = 0;
      for (String parameter : parameters.split(";", -1)) {
        position++;
        if (parameter.isEmpty()) {
          continue;
        }
        int equals = parameter.indexOf('=');
        if (equals <= 0 || parameter.indexOf('=', equals + 1) >= 0) {
          // Only the key is ever shown: the rest may be a credential.
          String shown = equals > 0 ? "'" + parameter.substring(0, equals) + "=...'" : "number " + position;
          throw new IllegalArgumentException("The parameter " + shown
              + " is not exactly one key=value pair; separate parameters with ';'");
        }
        String key = decode(parameter.substring(0, equals), "a parameter name");
        checkNotASlipOfAKnownKey(key);
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
    boolean useTls = token != null && !isLoopback(host);
    if (useSsl != null) {
      if (useSsl.equalsIgnoreCase("true")) {
        useTls = true;
      } else if (useSsl.equalsIgnoreCase("false")) {
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

  /**
   * Whether the channel uses TLS: when {@code use_ssl=true}, or when a token is given to a host
   * that is not a loopback address and {@code use_ssl=false} does not say otherwise.
   */
  public boolean useTls() {
    return useTls;
  }

  /** Whether the host is a loopback address ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}), so traffic stays on this machine. */
  public boolean isLoopback() {
    return isLoopback(host);
  }

  /**
   * Whether the token goes in plain text to another machine: a token, {@code use_ssl=false}, and a
   * host that is not a loopback address. Clients should warn about it (naming the host, never the
   * token).
   */
  public boolean sendsTokenInPlainTextOffThisMachine() {
    return token != null && !useTls && !isLoopback(host);
  }

  /**
   * Whether {@code host} is a loopback address, by its text alone (no name is looked up):
   * {@code localhost}, an IPv4 address in {@code 127.0.0.0/8}, or {@code ::1}.
   */
  static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.equals("localhost") || name.endsWith(".localhost")) {
      return true;
    }
    if (name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
      return true;
    }
    return name.equals("::1") || name.matches("(0{1,4}:){7}0{0,3}1") || name.equals("0:0:0:0:0:0:0:1");
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

  /** The connection string again, with the token and every header value replaced by {@code <redacted>}. */
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
    headers.forEach((key, value) -> text.append(';').append(key).append("=<redacted>"));
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

  /** The input with every parameter value hidden, for error messages: any of them may be a credential. */
  private static String redact(String value) {
    return value.replaceAll("=[^;]*", "=<redacted>");
  }

  /** The keys Spark defines. */
  private static final java.util.List<String> KNOWN_KEYS = java.util.List.of(
      "token", "use_ssl", "user_id", "user_agent", "session_id", "grpc_max_message_size");

  /**
   * Refuses a key that is almost one of Spark's (another case, '-' for '_', one or two letters
   * off): sent as a header, it would silently do nothing, which for {@code Token} means a token
   * sent in plain text to the wrong place.
   */
  private static void checkNotASlipOfAKnownKey(String key) {
    if (KNOWN_KEYS.contains(key)) {
      return;
    }
    String normalised = key.toLowerCase(Locale.ROOT).replace('-', '_');
    for (String known : KNOWN_KEYS) {
      if (normalised.equals(known) || editDistance(normalised, known) <= (known.length() <= 6 ? 1 : 2)) {
        throw new IllegalArgumentException("The parameter '" + key + "' is not one Spark knows; did you mean '"
            + known + "'? (Parameters other than " + KNOWN_KEYS + " are sent as gRPC headers, so a misspelt"
            + " one would be sent, not used.)");
      }
    }
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
