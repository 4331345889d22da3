package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.errors.SparkConnectionException;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS with a given CA, a bearer token, user id, user agent and extra headers, against a small TLS
 * server that checks them; and the token never shows in a message or a string.
 */
class SecureConnectionTest {

  private static final String TOKEN = "s3cr3t-t0ken-value";
  private static final Map<String, String> seen = new ConcurrentHashMap<>();
  private static Server server;
  private static Server plainServer;
  private static Path ca;

  @TempDir
  static Path dir;

  @BeforeAll
  static void startTlsServer() throws Exception {
    Path keystore = dir.resolve("server.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
        "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (FileInputStream in = new FileInputStream(keystore.toFile())) {
      store.load(in, "changeit".toCharArray());
    }
    Certificate certificate = store.getCertificate("server");
    PrivateKey key = (PrivateKey) store.getKey("server", "changeit".toCharArray());
    ca = dir.resolve("ca.pem");
    Files.writeString(ca, pem("CERTIFICATE", certificate.getEncoded()));
    Path keyPem = dir.resolve("key.pem");
    Files.writeString(keyPem, pem("PRIVATE KEY", key.getEncoded()));

    ServerInterceptor checkToken = new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
          ServerCallHandler<Q, R> next) {
        String authorization = headers.get(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER));
        String team = headers.get(Metadata.Key.of("x-team", Metadata.ASCII_STRING_MARSHALLER));
        if (team != null) {
          seen.put("x-team", team);
        }
        if (!("Bearer " + TOKEN).equals(authorization)) {
          call.close(Status.UNAUTHENTICATED.withDescription("bad or missing token"), new Metadata());
          return new ServerCall.Listener<>() { };
        }
        return Contexts.interceptCall(io.grpc.Context.current(), call, headers, next);
      }
    };
    SparkConnectServiceGrpc.SparkConnectServiceImplBase service = new SparkConnectServiceGrpc.SparkConnectServiceImplBase() {
      @Override
      public void analyzePlan(AnalyzePlanRequest request, StreamObserver<AnalyzePlanResponse> response) {
        seen.put("user_id", request.getUserContext().getUserId());
        seen.put("client_type", request.getClientType());
        response.onNext(AnalyzePlanResponse.newBuilder()
            .setSessionId(request.getSessionId())
            .setSparkVersion(AnalyzePlanResponse.SparkVersion.newBuilder().setVersion("9.9.9-tls"))
            .build());
        response.onCompleted();
      }
    };
    server = NettyServerBuilder.forAddress(new java.net.InetSocketAddress("127.0.0.1", 0))
        .sslContext(GrpcSslContexts.forServer(ca.toFile(), keyPem.toFile()).build())
        .addService(ServerInterceptors.intercept(service, checkToken))
        .build()
        .start();
    plainServer = NettyServerBuilder.forAddress(new java.net.InetSocketAddress("127.0.0.1", 0))
        .addService(ServerInterceptors.intercept(service, checkToken))
        .build()
        .start();
  }

  @AfterAll
  static void stopServer() {
    server.shutdownNow();
    plainServer.shutdownNow();
  }

  private static String remote(String token) {
    return "sc://localhost:" + server.getPort() + "/;token=" + token + ";user_id=alice;user_agent=my-agent;x-team=data";
  }

  @Test
  void aTokenOverTlsWithAGivenCaReachesTheServerWithEveryHeader() {
    try (SparkSession spark = SparkSession.builder().remote(remote(TOKEN)).trustedCertificates(ca).create()) {
      assertThat(spark.version()).isEqualTo("9.9.9-tls");
      assertThat(spark.toString()).doesNotContain(TOKEN);
    }
    assertThat(seen).containsEntry("user_id", "alice").containsEntry("x-team", "data");
    assertThat(seen.get("client_type")).startsWith("my-agent spark-connect-java/");
  }

  @Test
  void aRejectedTokenFailsClearlyWithoutShowingIt() {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (SparkSession spark = SparkSession.builder().remote(remote("wrong-" + TOKEN)).trustedCertificates(ca).create()) {
      assertThatThrownBy(spark::version)
          .isInstanceOf(SparkConnectionException.class)
          .hasMessageContaining("UNAUTHENTICATED")
          .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain(TOKEN));
    } finally {
      System.setErr(originalErr);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(TOKEN);
  }

  @Test
  void anUntrustedServerCertificateIsRefused() throws Exception {
    Path otherCa = dir.resolve("other.pem");
    Files.writeString(otherCa, pemOfSomeOtherCertificate());
    try (SparkSession spark = SparkSession.builder().remote(remote(TOKEN)).trustedCertificates(otherCa).create()) {
      assertThatThrownBy(spark::version).isInstanceOf(SparkConnectionException.class)
          .hasMessageContaining("is not trusted").hasMessageContaining("trustedCertificates");
    }
  }

  @Test
  void aTokenToThisMachineGoesInPlainTextToAPlainServer() {
    try (SparkSession spark = SparkSession.builder()
        .remote("sc://localhost:" + plainServer.getPort() + "/;token=" + TOKEN).create()) {
      assertThat(spark.version()).isEqualTo("9.9.9-tls");
    }
    try (SparkSession spark = SparkSession.builder()
        .remote("sc://127.0.0.1:" + plainServer.getPort() + "/;token=" + TOKEN + ";use_ssl=false").create()) {
      assertThat(spark.version()).isEqualTo("9.9.9-tls");
    }
  }

  @Test
  @Timeout(60)
  void aPlainConnectionToATlsServerFailsAtOnceSayingSo() {
    try (SparkSession spark = SparkSession.builder().remote("sc://localhost:" + server.getPort() + "/;use_ssl=false")
        .create()) {
      assertThatThrownBy(spark::version).isInstanceOf(SparkConnectionException.class)
          .hasMessageContaining("speaks TLS, but this connection is plain text").hasMessageContaining("use_ssl=true");
      assertThatThrownBy(() -> spark.range(3).collectAsList()).isInstanceOf(SparkConnectionException.class)
          .hasMessageContaining("speaks TLS, but this connection is plain text");
    }
  }

  @Test
  @Timeout(60)
  void aTlsConnectionToAPlainServerFailsAtOnceSayingSo() {
    try (SparkSession spark = SparkSession.builder()
        .remote("sc://localhost:" + plainServer.getPort() + "/;use_ssl=true").create()) {
      assertThatThrownBy(spark::version).isInstanceOf(SparkConnectionException.class)
          .hasMessageContaining("does not speak TLS, but this connection uses TLS").hasMessageContaining("use_ssl=false");
      assertThatThrownBy(() -> spark.range(3).collectAsList()).isInstanceOf(SparkConnectionException.class)
          .hasMessageContaining("does not speak TLS");
    }
  }

  @Test
  @Timeout(60)
  void noServerAtAllIsSaidPlainlyAfterTheUnreachableTimeout() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    try (SparkSession spark = SparkSession.builder().remote("sc://localhost:" + port)
        .retryPolicy(RetryPolicy.defaults().withUnreachableTimeout(java.time.Duration.ofSeconds(1))).create()) {
      assertThatThrownBy(spark::version).isInstanceOf(SparkConnectionException.class)
          .hasMessageContaining("connection refused by localhost:" + port);
      assertThatThrownBy(() -> spark.range(1).collectAsList()).isInstanceOf(SparkConnectionException.class)
          .hasMessageContaining("no Spark Connect server listens there");
    }
  }

  @Test
  void aMissingCertificatesFileIsReportedByName() {
    assertThatThrownBy(() -> SparkSession.builder().remote(remote(TOKEN)).trustedCertificates(dir.resolve("nope.pem"))
        .create())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope.pem");
  }

  private static String pemOfSomeOtherCertificate() throws Exception {
    KeyStore system = KeyStore.getInstance(KeyStore.getDefaultType());
    try (FileInputStream in = new FileInputStream(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts")
        .toFile())) {
      system.load(in, null);
    }
    List<String> aliases = java.util.Collections.list(system.aliases());
    return pem("CERTIFICATE", system.getCertificate(aliases.get(0)).getEncoded());
  }

  private static String pem(String kind, byte[] der) {
    return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der) + "\n-----END " + kind + "-----\n";
  }

  private static String stackTraceOf(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
