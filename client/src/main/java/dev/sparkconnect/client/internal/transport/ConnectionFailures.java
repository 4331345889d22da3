package dev.sparkconnect.client.internal.transport;

import dev.sparkconnect.protocol.connection.ConnectionString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * What went wrong with a connection, said as its root cause and what to do about it, instead of
 * gRPC's {@code UNAVAILABLE: io exception} with the cause three levels down; and which of those
 * failures cannot heal, so that no retry policy waits minutes on them (a TLS mismatch, a
 * certificate that is not trusted or names another host).
 */
final class ConnectionFailures {

  private static final int PROBE_TIMEOUT_MILLIS = 2_000;

  private ConnectionFailures() {}

  /**
   * A failure explained: the words a user reads, whether retrying could ever help, and whether
   * nothing listens at the address at all.
   */
  record Explained(String message, boolean canHeal, boolean unreachable) {
    Explained(String message, boolean canHeal) {
      this(message, canHeal, false);
    }
  }

  /**
   * The explanation of {@code failure} on a connection to {@code remote} (TLS or not), if it is a
   * connection problem this class knows.
   */
  static Optional<Explained> explain(StatusRuntimeException failure, ConnectionString remote, boolean tls) {
    if (failure.getStatus().getCode() != Status.Code.UNAVAILABLE) {
      return Optional.empty();
    }
    String where = remote.host() + ":" + remote.port();
    java.util.List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable cause = failure.getCause(); cause != null && chain.size() < 20; cause = cause.getCause()) {
      chain.add(cause);
    }
    // The most specific cause wins: a handshake failure wraps the certificate problem that made it.
    for (Throwable cause : chain) {
      String message = String.valueOf(cause.getMessage());
      if (cause.getClass().getSimpleName().equals("NotSslRecordException") || message.contains("not an SSL/TLS record")) {
        return Optional.of(new Explained("the server at " + where + " does not speak TLS, but this connection uses"
            + " TLS (" + whyTls(remote) + "); if the server is plain text, connect with ;use_ssl=false", false));
      }
      if (message.contains("PKIX path building failed") || message.contains("unable to find valid certification path")) {
        return Optional.of(new Explained("the certificate of the server at " + where + " is not trusted: give its"
            + " CA with SparkSession.builder().trustedCertificates(path), or add it to the JVM's trust store", false));
      }
      if (message.contains("No subject alternative") || message.contains("No name matching")) {
        return Optional.of(new Explained("the certificate of the server at " + where + " does not name the host '"
            + remote.host() + "': connect with a host name the certificate holds", false));
      }
    }
    for (Throwable cause : chain) {
      if (cause instanceof SSLException) {
        return Optional.of(new Explained("the TLS handshake with " + where + " failed: " + cause.getMessage(), false));
      }
      if (cause instanceof ConnectException) {
        return Optional.of(new Explained("connection refused by " + where + ": no Spark Connect server listens"
            + " there (is it started, and is the port right?)", true, true));
      }
      if (cause instanceof UnknownHostException) {
        return Optional.of(new Explained("the host '" + remote.host() + "' is unknown: no address was found for it",
            true, true));
      }
    }
    String description = String.valueOf(failure.getStatus().getDescription());
    if (!tls && description.contains("Network closed for unknown reason")
        && TlsProbe.speaksTls(remote.host(), remote.port(), PROBE_TIMEOUT_MILLIS)) {
      return Optional.of(new Explained("the server at " + where + " speaks TLS, but this connection is plain text:"
          + " add ;use_ssl=true to the connection string (and trustedCertificates(...) if its certificate is not in"
          + " the JVM's trust store)", false));
    }
    return Optional.empty();
  }

  private static String whyTls(ConnectionString remote) {
    if (remote.token().isPresent() && !remote.isLoopback()) {
      return "a token to a host that is not this machine means TLS unless ;use_ssl=false says otherwise";
    }
    return remote.useTls() ? "use_ssl=true" : "trusted certificates were given";
  }
}
