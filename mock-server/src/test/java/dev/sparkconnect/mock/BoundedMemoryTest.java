package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.proto.AddArtifactsRequest;
import dev.sparkconnect.proto.AddArtifactsResponse;
import dev.sparkconnect.proto.ArtifactStatusesRequest;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.ReattachExecuteRequest;
import dev.sparkconnect.proto.ReattachOptions;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Everything the mock keeps has a bound, as Spark's server has: the journal (by count and bytes),
 * operations no client comes back for, idle sessions, unfetched error details, and uploads (on
 * disk, not in the heap).
 */
class BoundedMemoryTest {

  private static final UserContext USER = UserContext.newBuilder().setUserId("u").build();

  private static Plan rangePlan() {
    try (SparkSession planner = SparkSession.builder().remote("sc://localhost:1").create()) {
      return Plan.newBuilder().setRoot(planner.range(3).plan()).build();
    }
  }

  @Test
  void theJournalKeepsNoMoreBytesThanItsBoundButAlwaysTheNewestRequest() {
    Journal journal = new Journal(1_000, 2_000);
    ConfigRequest small = ConfigRequest.newBuilder().setSessionId("s".repeat(500)).build();
    for (int i = 0; i < 10; i++) {
      journal.add("Config", "s", small);
    }
    assertThat(journal.bytes()).isLessThanOrEqualTo(2_000);
    assertThat(journal.entries()).hasSizeBetween(3, 4);
    assertThat(journal.dropped()).isEqualTo(10 - journal.entries().size());
    assertThat(journal.count("Config")).isEqualTo(10);

    ConfigRequest huge = ConfigRequest.newBuilder().setSessionId("h".repeat(10_000)).build();
    journal.add("Config", "s", huge);
    assertThat(journal.entries()).extracting(Journal.Entry::request).containsExactly(huge);
  }

  @Test
  void operationsNoClientComesBackForAndIdleSessionsExpire() throws Exception {
    Plan plan = rangePlan();
    try (MockSparkConnectServer server = MockSparkConnectServer.builder()
        .operationIdleTimeout(Duration.ofMillis(200)).sessionIdleTimeout(Duration.ofMillis(600)).start()) {
      server.stub(plan.getRoot()).returns("id BIGINT NOT NULL", new Object[] {0L}, new Object[] {1L});
      ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
      try {
        var stub = SparkConnectServiceGrpc.newBlockingStub(channel);
        String session = UUID.randomUUID().toString();
        String operationId = UUID.randomUUID().toString();
        Iterator<ExecutePlanResponse> responses = stub.executePlan(ExecutePlanRequest.newBuilder()
            .setSessionId(session).setUserContext(USER).setOperationId(operationId).setPlan(plan)
            .addRequestOptions(ExecutePlanRequest.RequestOption.newBuilder()
                .setReattachOptions(ReattachOptions.newBuilder().setReattachable(true))).build());
        while (responses.hasNext()) {
          responses.next();
        }
        assertThat(server.sessions().all()).hasSize(1);

        Thread.sleep(400);
        assertThatThrownBy(() -> stub.reattachExecute(ReattachExecuteRequest.newBuilder().setSessionId(session)
            .setUserContext(USER).setOperationId(operationId).build()).hasNext())
            .hasMessageContaining("INVALID_HANDLE.OPERATION_ABANDONED");

        Thread.sleep(1_000);
        assertThat(server.sessions().all()).isEmpty();
        assertThatThrownBy(() -> stub.config(ConfigRequest.newBuilder().setSessionId(session).setUserContext(USER)
            .setOperation(ConfigRequest.Operation.newBuilder().setGetAll(ConfigRequest.GetAll.getDefaultInstance()))
            .build())).hasMessageContaining("INVALID_HANDLE.SESSION_CLOSED");
      } finally {
        channel.shutdownNow();
      }
    }
  }

  @Test
  void aSessionKeepsTheDetailsOfItsLastHundredErrorsOnly() {
    MockSession session = new MockSession(UUID.randomUUID().toString(), "u", java.util.Map.of());
    for (int i = 0; i < 500; i++) {
      session.errorDetails.put("error-" + i, dev.sparkconnect.proto.FetchErrorDetailsResponse.getDefaultInstance());
    }
    assertThat(session.errorDetails).hasSize(MockSession.ERROR_DETAILS_KEPT).containsKey("error-499")
        .doesNotContainKey("error-0");
  }

  @Test
  void uploadsAreWrittenToDiskAsTheyArriveAndGoWithTheServer() throws Exception {
    byte[] chunk = new byte[1 << 20];
    new java.util.Random(7).nextBytes(chunk);
    CRC32 crc = new CRC32();
    crc.update(chunk);
    java.nio.file.Path stored;
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start()) {
      ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
      try {
        String session = UUID.randomUUID().toString();
        CompletableFuture<AddArtifactsResponse> answer = new CompletableFuture<>();
        StreamObserver<AddArtifactsRequest> upload = SparkConnectServiceGrpc.newStub(channel).addArtifacts(
            new StreamObserver<>() {
              public void onNext(AddArtifactsResponse value) { answer.complete(value); }
              public void onError(Throwable t) { answer.completeExceptionally(t); }
              public void onCompleted() { }
            });
        AddArtifactsRequest.ArtifactChunk piece = AddArtifactsRequest.ArtifactChunk.newBuilder()
            .setData(ByteString.copyFrom(chunk)).setCrc(crc.getValue()).build();
        upload.onNext(AddArtifactsRequest.newBuilder().setSessionId(session).setUserContext(USER)
            .setBeginChunk(AddArtifactsRequest.BeginChunkedArtifact.newBuilder().setName("jars/big.jar")
                .setTotalBytes(8L << 20).setNumChunks(8).setInitialChunk(piece)).build());
        for (int i = 1; i < 8; i++) {
          upload.onNext(AddArtifactsRequest.newBuilder().setSessionId(session).setUserContext(USER).setChunk(piece)
              .build());
        }
        upload.onCompleted();
        assertThat(answer.get(30, TimeUnit.SECONDS).getArtifacts(0).getIsCrcSuccessful()).isTrue();

        stored = server.sessions().all().iterator().next().artifacts.get("jars/big.jar");
        assertThat(Files.size(stored)).isEqualTo(8L << 20);
        assertThat(stored.getFileName().toString()).doesNotContain("big.jar");
        assertThat(SparkConnectServiceGrpc.newBlockingStub(channel).artifactStatus(ArtifactStatusesRequest.newBuilder()
            .setSessionId(session).setUserContext(USER).addNames("jars/big.jar").build())
            .getStatusesMap().get("jars/big.jar").getExists()).isTrue();
      } finally {
        channel.shutdownNow();
      }
    }
    assertThat(stored).doesNotExist();
  }

  @Test
  void theServingProcessStopsSayingWhyWhenTheHeapRunsOut() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    boolean[] halted = new boolean[1];
    Thread.UncaughtExceptionHandler handler = new dev.sparkconnect.mock.cli.OutOfMemoryExitProbe()
        .handler(new PrintStream(printed, true, StandardCharsets.UTF_8), () -> halted[0] = true);

    handler.uncaughtException(new Thread("grpc-default-executor-3"),
        new RuntimeException("wrapped", new OutOfMemoryError("Java heap space")));

    assertThat(halted[0]).isTrue();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("out of memory (Java heap space)")
        .contains("grpc-default-executor-3").contains("-Xmx");
  }
}
