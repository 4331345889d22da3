package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.errors.SparkServerRestartedException;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server whose server-side session id changes between answers has restarted: the session says
 * so with its own exception, and tells the server which id it saw on later requests.
 */
class ServerRestartTest {

  private final AtomicReference<String> serverSessionId = new AtomicReference<>("first-life");
  private final List<String> observedByClient = new CopyOnWriteArrayList<>();
  private Server server;

  @BeforeEach
  void start() throws Exception {
    server = NettyServerBuilder.forPort(0).addService(new SparkConnectServiceGrpc.SparkConnectServiceImplBase() {
      @Override
      public void analyzePlan(AnalyzePlanRequest request, StreamObserver<AnalyzePlanResponse> response) {
        observedByClient.add(request.getClientObservedServerSideSessionId());
        response.onNext(AnalyzePlanResponse.newBuilder()
            .setSessionId(request.getSessionId())
            .setServerSideSessionId(serverSessionId.get())
            .setSparkVersion(AnalyzePlanResponse.SparkVersion.newBuilder().setVersion("4.2.0"))
            .build());
        response.onCompleted();
      }
    }).build().start();
  }

  @AfterEach
  void stop() {
    server.shutdownNow();
  }

  @Test
  void aChangedServerSideSessionIdMeansTheServerRestarted() {
    try (SparkSession spark = SparkSession.builder().remote("sc://localhost:" + server.getPort()).create()) {
      var analyze = AnalyzePlanRequest.newBuilder()
          .setSparkVersion(AnalyzePlanRequest.SparkVersion.getDefaultInstance());
      spark.client().analyze(analyze.clone());
      spark.client().analyze(analyze.clone());

      serverSessionId.set("second-life");

      assertThatThrownBy(() -> spark.client().analyze(analyze.clone()))
          .isInstanceOf(SparkServerRestartedException.class)
          .hasMessageContaining("first-life")
          .hasMessageContaining("second-life")
          .hasMessageContaining("build a new SparkSession");
      assertThat(observedByClient).containsExactly("", "first-life", "first-life");
    }
  }
}
