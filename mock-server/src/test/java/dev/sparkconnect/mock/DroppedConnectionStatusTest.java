package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import dev.sparkconnect.protocol.rpc.SparkConnectRpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Fault.dropConnection()} fails the call it hits with {@code UNAVAILABLE}, as a dropped
 * network connection does, every time: it used to race the cut connection and give
 * {@code CANCELLED} in most runs.
 */
class DroppedConnectionStatusTest {

  private static final int RUNS = 10;
  private static final UserContext USER = UserContext.newBuilder().setUserId("u").build();

  private MockSparkConnectServer server;

  @BeforeEach
  void start() {
    server = MockSparkConnectServer.builder().start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ManagedChannel channel() {
    return ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
  }

  @Test
  void aStreamCutMidwayFailsWithUnavailableEveryTime() throws Exception {
    Plan plan;
    try (SparkSession planner = SparkSession.builder().remote("sc://localhost:1").create()) {
      plan = Plan.newBuilder().setRoot(planner.range(100).plan()).build();
    }
    List<Object[]> rows = new ArrayList<>();
    for (long i = 0; i < 100; i++) {
      rows.add(new Object[] {i});
    }
    server.stub(plan.getRoot()).returnsInBatches(StubSchema.of("id BIGINT NOT NULL"), rows, 10);
    List<Status.Code> codes = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      server.inject(Fault.dropConnection().afterResponses(3));
      ManagedChannel channel = channel();
      try {
        Iterator<ExecutePlanResponse> responses = SparkConnectServiceGrpc.newBlockingStub(channel).executePlan(
            ExecutePlanRequest.newBuilder().setSessionId(UUID.randomUUID().toString()).setUserContext(USER)
                .setPlan(plan).build());
        StatusRuntimeException failure = catchThrowableOfType(StatusRuntimeException.class, () -> {
          while (responses.hasNext()) {
            responses.next();
          }
        });
        codes.add(failure == null ? Status.Code.OK : failure.getStatus().getCode());
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
      awaitListening();
    }
    assertThat(codes).as("status of each cut stream").containsOnly(Status.Code.UNAVAILABLE);
  }

  @Test
  void aUnaryCallHitByTheDropFailsWithUnavailableEveryTime() throws Exception {
    List<Status.Code> codes = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      server.inject(Fault.dropConnection().onRpc(SparkConnectRpc.CONFIG.methodName()));
      ManagedChannel channel = channel();
      try {
        StatusRuntimeException failure = catchThrowableOfType(StatusRuntimeException.class, () ->
            SparkConnectServiceGrpc.newBlockingStub(channel).config(ConfigRequest.newBuilder()
                .setSessionId(UUID.randomUUID().toString()).setUserContext(USER)
                .setOperation(ConfigRequest.Operation.newBuilder().setGetAll(ConfigRequest.GetAll.getDefaultInstance()))
                .build()));
        codes.add(failure == null ? Status.Code.OK : failure.getStatus().getCode());
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
      awaitListening();
    }
    assertThat(codes).as("status of each dropped call").containsOnly(Status.Code.UNAVAILABLE);
  }

  /** Waits until the server listens again after a drop (it gives the port back, then takes it again). */
  private void awaitListening() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
        Thread.sleep(150);
        return;
      } catch (java.io.IOException notYet) {
        Thread.sleep(10);
      }
    }
  }
}
