package dev.sparkconnect.client.internal.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Finds out whether a server answers a TLS handshake, to explain a plain-text connection that the
 * server closes: a TLS server drops plain HTTP/2 without a word, which gRPC reports as
 * {@code UNAVAILABLE: Network closed for unknown reason}, the same as a passing network failure.
 *
 * <p>The probe opens its own socket, offers a TLS handshake and stops as soon as the server shows a
 * certificate (the trust manager refuses every certificate, so no session is ever established and
 * nothing is sent over it). It runs only after a call has failed that way.
 */
final class TlsProbe {

  private static final String SHOWN_A_CERTIFICATE = "spark-connect-java TLS probe: the server presented a certificate";

  private TlsProbe() {}

  /** Whether {@code host:port} answered a TLS handshake within {@code timeoutMillis}. */
  static boolean speaksTls(String host, int port, int timeoutMillis) {
    TrustManager stopAtCertificate = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException(SHOWN_A_CERTIFICATE);
      }

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException(SHOWN_A_CERTIFICATE);
      }

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    try (Socket plain = new Socket()) {
      plain.connect(new InetSocketAddress(host, port), timeoutMillis);
      plain.setSoTimeout(timeoutMillis);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {stopAtCertificate}, null);
      try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, false)) {
        tls.startHandshake();
        return true;
      }
    } catch (IOException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause.getMessage() != null && cause.getMessage().contains(SHOWN_A_CERTIFICATE)) {
          return true;
        }
      }
      return false;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
