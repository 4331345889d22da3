package dev.sparkconnect.client.internal.transport;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLException;

/** TLS settings for the channel: trust in a given set of CA certificates instead of the system's. */
final class TlsContexts {

  private TlsContexts() {}

  /**
   * A client TLS context that trusts the CA certificates in {@code pemFile}.
   *
   * @throws IllegalArgumentException if the file cannot be read or holds no certificate
   */
  static SslContext trusting(Path pemFile) {
    if (!Files.isReadable(pemFile)) {
      throw new IllegalArgumentException("The trusted certificates file " + pemFile + " does not exist or cannot be read");
    }
    try {
      return GrpcSslContexts.forClient().trustManager(pemFile.toFile()).build();
    } catch (SSLException | IllegalArgumentException e) {
      throw new IllegalArgumentException("The trusted certificates file " + pemFile
          + " does not hold PEM certificates: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("Cannot read " + pemFile, e));
    }
  }
}
