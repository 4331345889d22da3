package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.SparkConnectionException;
import dev.sparkconnect.client.errors.SparkException;
import dev.sparkconnect.proto.AddArtifactsRequest;
import dev.sparkconnect.proto.AddArtifactsResponse;
import dev.sparkconnect.proto.ArtifactStatusesRequest;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mock server keeps the rules of the protocol, as a client sees them. */
class MockServerProtocolTest {

  private MockSparkConnectServer server;
  private SparkSession spark;

  @BeforeEach
  void start() {
    server = MockSparkConnectServer.builder().start();
    spark = SparkSession.builder().remote(server.remote()).create();
  }

  @AfterEach
  void stop() {
    spark.close();
    server.close();
  }

  @Test
  void aPlanWithoutRecordingNamesTheNearestOneAndWhereItDiffers() {
    server.stub(spark.range(10).plan()).returns("id BIGINT NOT NULL", new Object[] {0L});
    server.stubSql("SELECT 1").returns("x INT", new Object[] {1});

    assertThatThrownBy(() -> spark.range(20).collectAsList())
        .isInstanceOf(SparkException.class)
        .satisfies(e -> assertThat(((SparkException) e).getCondition()).isEqualTo("MOCK_SERVER.NO_RECORDING"))
        .hasMessageContaining("Nearest recordings:\n  1. execute-range-")
        .hasMessageContaining("root.range.end: recorded 10, requested 20")
        .hasMessageContaining("\"end\": \"20\"")
        .satisfies(e -> {
          String message = e.getMessage();
          assertThat(message.indexOf("Nearest recordings")).isLessThan(message.indexOf("The request, in canonical form"));
          assertThat(message.split("No recording or stub answers", -1)).hasSize(2);
          assertThat(message).doesNotContain("execute-sql").contains("RECORD or RECORD_MISSING");
        });
  }

  @Test
  void aMissReportReadsAsJsonPeopleWrite() {
    server.stub(spark.range(10).filter("id = 1").plan()).returns("id BIGINT NOT NULL", new Object[] {1L});

    assertThatThrownBy(() -> spark.range(10).filter("id = 2").collectAsList())
        .hasMessageContaining("recorded \"id = 1\", requested \"id = 2\"")
        .hasMessageContaining("\"id = 2\"")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\\u003d"));
  }

  @Test
  void stubbedSqlAnswersTheCommandAndTheQuery() {
    server.stubSql("SELECT name FROM people").returns("name STRING", new Object[] {"ann"}, new Object[] {"bob"});

    DataFrame people = spark.sql("SELECT name FROM people");

    assertThat(people.collectAsList()).extracting(row -> row.getString(0)).containsExactly("ann", "bob");
    assertThat(people.schema().toDDL()).isEqualTo("name STRING");
  }

  @Test
  void aStubbedErrorIsTheUsersTypedException() {
    server.stubSql("SELECT * FROM missing").fails("TABLE_OR_VIEW_NOT_FOUND", "42P01", "The table `missing` cannot be found.");

    assertThatThrownBy(() -> spark.sql("SELECT * FROM missing"))
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class)
        .hasMessageContaining("TABLE_OR_VIEW_NOT_FOUND");
  }

  @Test
  void aStubbedConditionIsRaisedAsTheExceptionSparkRaisesForIt() {
    server.stubSql("SELECT 1 / 0").fails("DIVIDE_BY_ZERO", "22012", "Division by zero.");
    server.stubSql("SELECT 2 / 0").fails("org.apache.spark.SparkRuntimeException", "DIVIDE_BY_ZERO", "22012",
        "Division by zero, raised as the test chose.");

    assertThatThrownBy(() -> spark.sql("SELECT 1 / 0"))
        .isInstanceOf(dev.sparkconnect.client.errors.SparkArithmeticException.class)
        .hasMessageContaining("DIVIDE_BY_ZERO");
    assertThatThrownBy(() -> spark.sql("SELECT 2 / 0"))
        .isInstanceOf(dev.sparkconnect.client.errors.SparkRuntimeException.class)
        .isNotInstanceOf(dev.sparkconnect.client.errors.SparkArithmeticException.class);
  }

  @Test
  void aSchemaOfFortyNestedStructsCrossesTheWireBothWays() {
    int depth = 40;
    String type = "INT";
    Object value = 7;
    for (int i = 0; i < depth; i++) {
      type = "STRUCT<a: " + type + ">";
      value = new Object[] {value};
    }
    DataFrame deep = spark.table("deep");
    server.stub(deep.plan()).returns("s " + type, new Object[] {value});

    dev.sparkconnect.client.types.DataType schema = deep.schema().apply(0).dataType();
    int levels = 0;
    while (schema instanceof dev.sparkconnect.client.types.StructType struct) {
      schema = struct.apply(0).dataType();
      levels++;
    }
    assertThat(levels).isEqualTo(depth);
    dev.sparkconnect.client.Row row = deep.collectAsList().get(0).getStruct(0);
    for (int i = 1; i < depth; i++) {
      row = row.getStruct(0);
    }
    assertThat(row.getInt(0)).isEqualTo(7);
  }

  @Test
  void aRequestThatIsNoValidMessageIsAnInvalidArgumentSayingSo() throws Exception {
    MethodDescriptor.Marshaller<byte[]> bytes = dev.sparkconnect.protocol.rpc.DeepMessages.rawBytes();
    MethodDescriptor<byte[], byte[]> config = MethodDescriptor.<byte[], byte[]>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY)
        .setFullMethodName(SparkConnectServiceGrpc.getConfigMethod().getFullMethodName())
        .setRequestMarshaller(bytes).setResponseMarshaller(bytes).build();
    ManagedChannel channel = io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder
        .forAddress("localhost", java.net.URI.create(server.remote().replace("sc://", "http://")).getPort())
        .usePlaintext().build();
    try {
      assertThatThrownBy(() -> io.grpc.stub.ClientCalls.blockingUnaryCall(channel, config, io.grpc.CallOptions.DEFAULT,
          new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01, 0x02}))
          .isInstanceOf(StatusRuntimeException.class)
          .hasMessageContaining("INVALID_ARGUMENT")
          .hasMessageContaining("The Config request is not a valid message");
    } finally {
      channel.shutdownNow();
    }
  }

  @Test
  void aFixturesFolderThatDoesNotExistIsRefusedByName() {
    assertThatThrownBy(() -> MockSparkConnectServer.builder().fixtures(java.nio.file.Path.of("no/such/fixtures")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The fixtures folder no/such/fixtures does not exist")
        .hasMessageContaining("looked for at /");
  }

  @Test
  void configIsKeptPerSessionWithSparksDefaults() {
    spark.conf().set("spark.sql.shuffle.partitions", "7");

    assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("7");
    assertThat(spark.conf().get("spark.sql.ansi.enabled")).isEqualTo("true");
    assertThat(spark.conf().get("no.such.key", "fallback")).isEqualTo("fallback");
    assertThatThrownBy(() -> spark.conf().get("no.such.key"))
        .isInstanceOf(java.util.NoSuchElementException.class).hasMessageContaining("no.such.key");
    try (SparkSession other = SparkSession.builder().remote(server.remote()).create()) {
      assertThat(other.conf().get("spark.sql.shuffle.partitions")).isEqualTo("200");
    }
    spark.conf().unset("spark.sql.shuffle.partitions");
    assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("200");
  }

  @Test
  void theVersionIsTheConfiguredOne() {
    try (MockSparkConnectServer old = MockSparkConnectServer.builder().sparkVersion("4.0.1").start();
         SparkSession client = SparkSession.builder().remote(old.remote()).create()) {
      assertThat(client.version()).isEqualTo("4.0.1");
    }
  }

  @Test
  void sessionIdsMustBeUuidsAndAReleasedSessionStaysClosed() {
    ManagedChannel channel = io.grpc.ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
    try {
      var stub = SparkConnectServiceGrpc.newBlockingStub(channel);
      UserContext user = UserContext.newBuilder().setUserId("u").build();
      ConfigRequest.Operation getAll = ConfigRequest.Operation.newBuilder()
          .setGetAll(ConfigRequest.GetAll.getDefaultInstance()).build();

      assertThatThrownBy(() -> stub.config(ConfigRequest.newBuilder().setSessionId("not-a-uuid").setUserContext(user)
          .setOperation(getAll).build()))
          .isInstanceOf(StatusRuntimeException.class).hasMessageContaining("INVALID_HANDLE.FORMAT");

      String session = UUID.randomUUID().toString();
      assertThat(stub.config(ConfigRequest.newBuilder().setSessionId(session).setUserContext(user)
          .setOperation(getAll).build()).getPairsCount()).isGreaterThan(3);
      stub.releaseSession(ReleaseSessionRequest.newBuilder().setSessionId(session).setUserContext(user).build());
      assertThatThrownBy(() -> stub.config(ConfigRequest.newBuilder().setSessionId(session).setUserContext(user)
          .setOperation(getAll).build()))
          .isInstanceOf(StatusRuntimeException.class).hasMessageContaining("INVALID_HANDLE.SESSION_CLOSED");
    } finally {
      channel.shutdownNow();
    }
  }

  @Test
  void artifactsAreStoredAndTheirStatusAnswered() throws Exception {
    ManagedChannel channel = io.grpc.ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
    try {
      String session = UUID.randomUUID().toString();
      UserContext user = UserContext.newBuilder().setUserId("u").build();
      byte[] data = "some bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      CRC32 crc = new CRC32();
      crc.update(data);
      CompletableFuture<AddArtifactsResponse> answer = new CompletableFuture<>();
      StreamObserver<AddArtifactsRequest> upload = SparkConnectServiceGrpc.newStub(channel).addArtifacts(new StreamObserver<>() {
        public void onNext(AddArtifactsResponse value) { answer.complete(value); }
        public void onError(Throwable t) { answer.completeExceptionally(t); }
        public void onCompleted() { }
      });
      upload.onNext(AddArtifactsRequest.newBuilder().setSessionId(session).setUserContext(user)
          .setBatch(AddArtifactsRequest.Batch.newBuilder().addArtifacts(AddArtifactsRequest.SingleChunkArtifact.newBuilder()
              .setName("cache/abc").setData(AddArtifactsRequest.ArtifactChunk.newBuilder()
                  .setData(ByteString.copyFrom(data)).setCrc(crc.getValue())))).build());
      upload.onCompleted();

      assertThat(answer.get(10, TimeUnit.SECONDS).getArtifacts(0).getIsCrcSuccessful()).isTrue();
      var statuses = SparkConnectServiceGrpc.newBlockingStub(channel).artifactStatus(ArtifactStatusesRequest.newBuilder()
          .setSessionId(session).setUserContext(user).addAllNames(List.of("cache/abc", "cache/other")).build());
      assertThat(statuses.getStatusesMap().get("cache/abc").getExists()).isTrue();
      assertThat(statuses.getStatusesMap().get("cache/other").getExists()).isFalse();
    } finally {
      channel.shutdownNow();
    }
  }

  @Test
  void aSchemaNeverAskedForIsAnsweredFromTheRecordedArrowSchema() {
    DataFrame df = spark.range(5);
    server.stub(df.plan()).returns("id BIGINT NOT NULL, name STRING, price DECIMAL(10,2)",
        new Object[] {1L, "a", new java.math.BigDecimal("1.50")});

    assertThat(df.schema().toDDL()).isEqualTo("id BIGINT NOT NULL,name STRING,price DECIMAL(10,2)");
  }

  @Test
  void printSchemaOfClientsThatAskTheServerIsDrawnFromTheRecordedSchema() {
    DataFrame df = spark.range(5);
    server.stub(df.plan()).returns("id BIGINT NOT NULL, name STRING", new Object[] {1L, "a"});
    ManagedChannel channel = io.grpc.ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
    try {
      String tree = SparkConnectServiceGrpc.newBlockingStub(channel).analyzePlan(
          dev.sparkconnect.proto.AnalyzePlanRequest.newBuilder().setSessionId(UUID.randomUUID().toString())
              .setUserContext(UserContext.newBuilder().setUserId("u"))
              .setTreeString(dev.sparkconnect.proto.AnalyzePlanRequest.TreeString.newBuilder()
                  .setPlan(dev.sparkconnect.proto.Plan.newBuilder().setRoot(df.plan())))
              .build()).getTreeString().getTreeString();

      assertThat(tree).isEqualTo(df.schema().treeString())
          .isEqualTo("root\n |-- id: long (nullable = false)\n |-- name: string (nullable = true)\n");
    } finally {
      channel.shutdownNow();
    }
  }

  @Test
  void interruptingAnOperationCancelsIt() throws Exception {
    DataFrame df = spark.range(3);
    server.stub(df.plan()).returns("id BIGINT NOT NULL", new Object[] {0L}, new Object[] {1L}, new Object[] {2L});
    server.inject(Fault.delay(java.time.Duration.ofMillis(300)).afterResponses(0).forPlan(df.plan()));
    spark.addTag("slow");
    CompletableFuture<Object> running = CompletableFuture.supplyAsync(df::collectAsList);
    while (server.journal().count("ExecutePlan") == 0) {
      Thread.sleep(5);
    }

    assertThat(spark.interruptTag("slow")).hasSize(1);
    assertThat(running).failsWithin(java.time.Duration.ofSeconds(10))
        .withThrowableThat().withMessageContaining("OPERATION_CANCELED");
  }

  @Test
  void aRequiredTokenIsCheckedAndNeverShown() {
    String token = "s3cr3t-" + UUID.randomUUID();
    try (MockSparkConnectServer guarded = MockSparkConnectServer.builder().requireToken(token).start()) {
      String plain = guarded.remote();
      try (SparkSession anonymous = SparkSession.builder().remote(plain).create()) {
        assertThatThrownBy(anonymous::version).isInstanceOf(SparkConnectionException.class)
            .hasMessageContaining("UNAUTHENTICATED").hasMessageContaining("requires a bearer token");
      }
      // The client sends a token only over TLS; this plain-text test server gets it from an interceptor.
      try (SparkSession allowed = SparkSession.builder().remote(plain).interceptor(bearer(token)).create()) {
        assertThat(allowed.version()).isEqualTo("4.2.0");
      }
      assertThat(guarded.toString()).doesNotContain(token);
      assertThat(guarded.remote()).doesNotContain(token);
      assertThat(guarded.journal().toString()).doesNotContain(token);
    }
  }

  private static io.grpc.ClientInterceptor bearer(String token) {
    io.grpc.Metadata headers = new io.grpc.Metadata();
    headers.put(io.grpc.Metadata.Key.of("authorization", io.grpc.Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
    return io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(headers);
  }

  @Test
  void anInProcessServerNeedsNoPort() {
    try (MockSparkConnectServer local = MockSparkConnectServer.builder().inProcess().start()) {
      ManagedChannel channel = InProcessChannelBuilder.forName(local.inProcessName()).build();
      try {
        Plan plan = Plan.newBuilder().setRoot(Relation.newBuilder().setRange(Range.newBuilder().setEnd(2).setStep(1))).build();
        local.stub(plan).returns("id BIGINT NOT NULL", new Object[] {0L}, new Object[] {1L});
        var responses = SparkConnectServiceGrpc.newBlockingStub(channel).executePlan(ExecutePlanRequest.newBuilder()
            .setSessionId(UUID.randomUUID().toString()).setUserContext(UserContext.newBuilder().setUserId("u"))
            .setPlan(plan).build());
        int arrowBatches = 0;
        boolean complete = false;
        while (responses.hasNext()) {
          var response = responses.next();
          arrowBatches += response.hasArrowBatch() ? 1 : 0;
          complete |= response.hasResultComplete();
        }
        assertThat(arrowBatches).isEqualTo(1);
        assertThat(complete).isTrue();
        assertThatThrownBy(local::remote).hasMessageContaining("InProcessChannelBuilder");
      } finally {
        channel.shutdownNow();
      }
    }
  }

  @Test
  void anUnknownMethodIsUnimplementedWithAReason() {
    ManagedChannel channel = io.grpc.ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
    try {
      var method = io.grpc.MethodDescriptor.<ConfigRequest, ConfigRequest>newBuilder()
          .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
          .setFullMethodName("spark.connect.SparkConnectService/SomethingNew")
          .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(ConfigRequest.getDefaultInstance()))
          .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(ConfigRequest.getDefaultInstance()))
          .build();
      assertThatThrownBy(() -> io.grpc.stub.ClientCalls.blockingUnaryCall(channel, method, io.grpc.CallOptions.DEFAULT,
          ConfigRequest.getDefaultInstance()))
          .hasMessageContaining("UNIMPLEMENTED")
          .hasMessageContaining("does not implement spark.connect.SparkConnectService/SomethingNew");
    } finally {
      channel.shutdownNow();
    }
  }
}
