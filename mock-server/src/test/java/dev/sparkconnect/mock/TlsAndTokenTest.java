package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.SparkAuthenticationException;
import dev.sparkconnect.client.errors.SparkConnectionException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mock server over TLS with a required bearer token, as a secured cluster would be reached. */
class TlsAndTokenTest {

  @TempDir
  Path dir;

  /** A self-signed certificate for localhost made with the JDK's keytool, written as PEM files. */
  private Path[] selfSignedCertificate() throws Exception {
    Path keystore = dir.resolve("mock.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "mock", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
        "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "1", "-storetype", "PKCS12",
        "-keystore", keystore.toString(), "-storepass", "secret", "-keypass", "secret")
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, "secret".toCharArray());
    }
    Path certificate = Files.writeString(dir.resolve("mock.crt"), pem("CERTIFICATE", store.getCertificate("mock").getEncoded()));
    Path key = Files.writeString(dir.resolve("mock.key"),
        pem("PRIVATE KEY", ((PrivateKey) store.getKey("mock", "secret".toCharArray())).getEncoded()));
    return new Path[] {certificate, key};
  }

  private static String pem(String kind, byte[] der) {
    return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + kind + "-----\n";
  }

  @Test
  void aClientWithTheTokenAndTheCaGetsIn() throws Exception {
    Path[] tls = selfSignedCertificate();
    String token = "t-" + UUID.randomUUID();
    try (MockSparkConnectServer server = MockSparkConnectServer.builder()
        .tls(tls[0].toFile(), tls[1].toFile()).requireToken(token).sparkVersion("4.2.0-tls").start()) {
      assertThat(server.remote()).endsWith("/;use_ssl=true");

      try (SparkSession spark = SparkSession.builder().remote(server.remote() + ";token=" + token)
          .trustedCertificates(tls[0]).create()) {
        assertThat(spark.version()).isEqualTo("4.2.0-tls");
      }
      try (SparkSession wrong = SparkSession.builder().remote(server.remote() + ";token=not-it")
          .trustedCertificates(tls[0]).create()) {
        assertThatThrownBy(wrong::version).isInstanceOf(SparkConnectionException.class)
            .hasMessageContaining("UNAUTHENTICATED").hasMessageContaining("not the one this mock server requires")
            .hasMessageNotContaining(token);
      }
      assertThat(new String(Files.readAllBytes(tls[0]), StandardCharsets.US_ASCII)).startsWith("-----BEGIN CERTIFICATE");
    }
  }

  @Test
  void aTokenProtectedMockOnThisMachineNeedsNoTls() {
    String token = "t-" + UUID.randomUUID();
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().requireToken(token)
        .sparkVersion("4.2.0-token").start()) {
      try (SparkSession spark = SparkSession.builder().remote(server.remote() + "/;token=" + token).create()) {
        assertThat(spark.version()).isEqualTo("4.2.0-token");
      }
      try (SparkSession none = SparkSession.builder().remote(server.remote()).create()) {
        assertThatThrownBy(none::version).isInstanceOf(SparkAuthenticationException.class)
            .hasMessageContaining("requires a bearer token");
      }
      try (SparkSession wrong = SparkSession.builder().remote(server.remote() + "/;token=not-it").create()) {
        assertThatThrownBy(wrong::version).isInstanceOf(SparkAuthenticationException.class)
            .hasMessageContaining("refused the bearer token").hasMessageNotContaining(token);
      }
    }
  }
}
