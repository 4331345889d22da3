package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.errors.SparkAuthenticationException;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real Spark Connect server protected by Spark's own pre-shared token
 * ({@code spark.connect.authenticate.token}), on this machine without TLS, as Spark protects a
 * local server: the right token gets rows over plain text to localhost, a wrong or missing one a
 * typed authentication error at once, never a retry.
 */
@Tag("real-server")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("first-jdk-only")
class TokenProtectedServerContractTest {

  private final List<LocalSparkConnectServer> started = new java.util.ArrayList<>();

  Stream<String> versions() {
    return Stream.of("4.2.0", "4.0.1");
  }

  private LocalSparkConnectServer server(String version) {
    for (LocalSparkConnectServer server : started) {
      if (server.sparkVersion().equals(version)) {
        return server;
      }
    }
    LocalSparkConnectServer server = LocalSparkConnectServer.builder().sparkVersion(version).authenticate().start();
    started.add(server);
    return server;
  }

  @AfterAll
  void stop() {
    started.forEach(LocalSparkConnectServer::close);
  }

  @ParameterizedTest(name = "Spark {0}")
  @MethodSource("versions")
  void theRightTokenGetsRowsOverPlainTextToThisMachine(String version) {
    LocalSparkConnectServer server = server(version);
    assertThat(server.remote()).startsWith("sc://localhost:").contains(";token=");
    assertThat(server.toString()).doesNotContain(server.token().orElseThrow());

    try (SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
      assertThat(spark.sql("SELECT id * 2 AS twice FROM range(3)").collectAsList())
          .extracting(row -> row.getLong(0)).containsExactly(0L, 2L, 4L);
      assertThat(spark.version()).isEqualTo(version);
    }
    try (SparkSession spark = SparkSession.builder().remote(server.remote() + ";use_ssl=false").create()) {
      assertThat(spark.range(2).count()).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "Spark {0}")
  @MethodSource("versions")
  @Timeout(60)
  void aWrongTokenIsRefusedAtOnceWithATypedError(String version) {
    LocalSparkConnectServer server = server(version);
    String wrong = "sc://localhost:" + server.port() + "/;token=not-the-token";

    try (SparkSession spark = SparkSession.builder().remote(wrong).create()) {
      long started = System.nanoTime();
      assertThatThrownBy(() -> spark.sql("SELECT 1").collectAsList())
          .isInstanceOf(SparkAuthenticationException.class)
          .hasMessageContaining("refused the bearer token")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-token"));
      System.out.printf("Spark %s, wrong token: refused in %d ms%n", version,
          Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
  }

  @ParameterizedTest(name = "Spark {0}")
  @MethodSource("versions")
  @Timeout(60)
  void noTokenIsRefusedAtOnceSayingOneIsNeeded(String version) {
    LocalSparkConnectServer server = server(version);

    try (SparkSession spark = SparkSession.builder().remote("sc://localhost:" + server.port()).create()) {
      long started = System.nanoTime();
      assertThatThrownBy(() -> spark.range(3).collectAsList())
          .isInstanceOf(SparkAuthenticationException.class)
          .hasMessageContaining("requires a bearer token");
      System.out.printf("Spark %s, no token: refused in %d ms%n", version,
          Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
  }
}
