package dev.sparkconnect.localserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Starts real Spark Connect servers; each test stops what it started. */
@Tag("real-server")
class LocalSparkConnectServerTest {

  @Test
  void sharedServerIsTheDefaultVersionAndIsStartedOnce() {
    LocalSparkConnectServer first = LocalSparkConnectServer.shared();
    LocalSparkConnectServer second = LocalSparkConnectServer.shared();

    assertThat(second).isSameAs(first);
    assertThat(first.sparkVersion()).isEqualTo(SparkDistribution.DEFAULT_VERSION);
    assertThat(first.remote()).isEqualTo("sc://localhost:" + first.port());
    assertThat(first.isRunning()).isTrue();
    assertThat(first.logFile()).exists();
  }

  @Test
  void aSessionIsReleasedAsOnASparkDistribution() {
    // Spark 4 cleans a released session's ML cache: without spark-mllib this fails with UNKNOWN.
    assertThatCode(() -> releaseASession(LocalSparkConnectServer.shared())).doesNotThrowAnyException();
  }

  /** Opens a session with a first request, then releases it, as a client's close() does. */
  private static void releaseASession(LocalSparkConnectServer server) throws InterruptedException {
    ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
    try {
      var stub = SparkConnectServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
      String sessionId = UUID.randomUUID().toString();
      UserContext user = UserContext.newBuilder().setUserId("local-server-test").build();
      stub.analyzePlan(AnalyzePlanRequest.newBuilder().setSessionId(sessionId).setUserContext(user)
          .setSparkVersion(AnalyzePlanRequest.SparkVersion.getDefaultInstance()).build());
      stub.releaseSession(ReleaseSessionRequest.newBuilder().setSessionId(sessionId).setUserContext(user).build());
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  @ParameterizedTest(name = "Spark {0}")
  @ValueSource(strings = {"4.1.2", "4.0.1", "3.5.5"})
  void startsEverySupportedVersionAndStopsItOnClose(String version) {
    LocalSparkConnectServer server = LocalSparkConnectServer.builder().sparkVersion(version).start();
    long pid = server.pid();
    try {
      assertThat(server.sparkVersion()).isEqualTo(version);
      assertThat(server.isRunning()).isTrue();
      System.out.printf("Spark %s started in %d ms%n", version, server.startupTime().toMillis());
    } finally {
      server.close();
    }
    assertThat(server.isRunning()).isFalse();
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isIn(Optional.empty(), Optional.of(false));
  }

  @Test
  void aServerThatDiesWhileStartingFailsWithTheEndOfItsLog() {
    assertThatThrownBy(() -> LocalSparkConnectServer.builder().master("no-such-master://x").start())
        .isInstanceOf(LocalServerStartException.class)
        .hasMessageContaining("exited with code")
        .hasMessageContaining("End of its log")
        .hasMessageContaining("no-such-master");
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsStoppedAndReported() throws Exception {
    Set<Long> before = sparkChildren();

    assertThatThrownBy(() -> LocalSparkConnectServer.builder().startupTimeout(Duration.ofMillis(1)).start())
        .isInstanceOf(LocalServerStartException.class)
        .hasMessageContaining("did not answer on port")
        .hasMessageContaining("within 0 s");

    // The server given up on must not linger: no Spark child may be left that was not there before.
    assertThat(sparkChildren()).isSubsetOf(before);
  }

  /** The pids of this JVM's live child processes that run a Spark server. */
  private static Set<Long> sparkChildren() {
    return ProcessHandle.current().children()
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().orElse("").contains("java.args"))
        .map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }

  @Test
  void anUnpublishedVersionFailsNamingTheArtifact() {
    assertThatThrownBy(() -> LocalSparkConnectServer.builder().sparkVersion("4.1.0").start())
        .isInstanceOf(LocalServerStartException.class)
        .hasMessageContaining("spark-")
        .hasMessageContaining("4.1.0")
        .hasMessageContaining("Check that the version is published");
  }

  @Test
  void closeDeletesTheWorkDirectory() {
    LocalSparkConnectServer server = LocalSparkConnectServer.builder().conf("spark.sql.shuffle.partitions", "3").start();
    server.close();
    assertThat(Files.exists(server.logFile())).isFalse();
  }
}
