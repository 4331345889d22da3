package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.KeyValue;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.ReattachOptions;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.ReleaseExecuteRequest;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What the mock refuses as Spark refuses it: a Set stops at its first refused pair (the ones before
 * it applied) unless it is silent, when refusals become warnings; and the id of a released
 * operation is taken for good from Spark 4.1 on, free again before.
 */
class ConfigRefusalsAndOperationIdsTest {

  private static final UserContext USER = UserContext.newBuilder().setUserId("tester").build();
  private static final Relation RANGE = Relation.newBuilder().setRange(Range.newBuilder().setEnd(3).setStep(1)).build();

  private static <T> T withServer(String version, Function<SparkConnectServiceGrpc.SparkConnectServiceBlockingStub, T> use) {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().sparkVersion(version).start()) {
      server.stub(RANGE).returns("id BIGINT NOT NULL", new Object[] {0L}, new Object[] {1L}, new Object[] {2L});
      ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
      try {
        return use.apply(SparkConnectServiceGrpc.newBlockingStub(channel));
      } finally {
        channel.shutdownNow();
      }
    }
  }

  private static ConfigResponse set(SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub, String session,
      boolean silent, String... keysAndValues) {
    ConfigRequest.Set.Builder set = ConfigRequest.Set.newBuilder().setSilent(silent);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      set.addPairs(KeyValue.newBuilder().setKey(keysAndValues[i]).setValue(keysAndValues[i + 1]));
    }
    return stub.config(ConfigRequest.newBuilder().setSessionId(session).setUserContext(USER)
        .setOperation(ConfigRequest.Operation.newBuilder().setSet(set)).build());
  }

  private static String get(SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub, String session, String key) {
    return stub.config(ConfigRequest.newBuilder().setSessionId(session).setUserContext(USER)
        .setOperation(ConfigRequest.Operation.newBuilder().setGet(ConfigRequest.Get.newBuilder().addKeys(key)))
        .build()).getPairs(0).getValue();
  }

  @Test
  void aSetStopsAtItsFirstRefusalUnlessItIsSilent() {
    withServer("4.2.0", stub -> {
      String session = UUID.randomUUID().toString();
      assertThatThrownBy(() -> set(stub, session, false, "spark.sql.shuffle.partitions", "6",
          "spark.sql.warehouse.dir", "/elsewhere", "spark.sql.ansi.enabled", "false"))
          .isInstanceOf(StatusRuntimeException.class).hasMessageContaining("CANNOT_MODIFY_STATIC_CONFIG");
      assertThat(get(stub, session, "spark.sql.shuffle.partitions")).as("the pair before the refusal").isEqualTo("6");
      assertThat(get(stub, session, "spark.sql.ansi.enabled")).as("the pair after the refusal").isEqualTo("true");

      ConfigResponse silent = set(stub, session, true, "spark.executor.memory", "2g",
          "spark.sql.session.timeZone", "Nowhere/Atlantis", "spark.sql.ansi.enabled", "false");
      assertThat(silent.getWarningsList()).hasSize(2).anySatisfy(warning -> assertThat(warning)
          .contains("CANNOT_MODIFY_CONFIG")).anySatisfy(warning -> assertThat(warning)
          .contains("INVALID_CONF_VALUE.TIME_ZONE"));
      assertThat(get(stub, session, "spark.sql.ansi.enabled")).as("the pair after two silent refusals")
          .isEqualTo("false");
      return null;
    });
  }

  private static List<ExecutePlanResponse> executeAndRelease(SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub,
      String session, String operationId) {
    List<ExecutePlanResponse> responses = new java.util.ArrayList<>();
    stub.executePlan(ExecutePlanRequest.newBuilder().setSessionId(session).setUserContext(USER)
        .setOperationId(operationId).setPlan(Plan.newBuilder().setRoot(RANGE))
        .addRequestOptions(ExecutePlanRequest.RequestOption.newBuilder()
            .setReattachOptions(ReattachOptions.newBuilder().setReattachable(true))).build())
        .forEachRemaining(responses::add);
    stub.releaseExecute(ReleaseExecuteRequest.newBuilder().setSessionId(session).setUserContext(USER)
        .setOperationId(operationId).setReleaseAll(ReleaseExecuteRequest.ReleaseAll.getDefaultInstance()).build());
    return responses;
  }

  @Test
  void aReleasedOperationsIdIsTakenForGoodFromSpark41On() {
    withServer("4.2.0", stub -> {
      String session = UUID.randomUUID().toString();
      String operation = UUID.randomUUID().toString();
      assertThat(executeAndRelease(stub, session, operation)).last().matches(ExecutePlanResponse::hasResultComplete);
      assertThatThrownBy(() -> executeAndRelease(stub, session, operation))
          .hasMessageContaining("INVALID_HANDLE.OPERATION_ABANDONED");
      return null;
    });
    withServer("4.0.1", stub -> {
      String session = UUID.randomUUID().toString();
      String operation = UUID.randomUUID().toString();
      executeAndRelease(stub, session, operation);
      assertThat(executeAndRelease(stub, session, operation)).as("the same id again, on 4.0").last()
          .matches(ExecutePlanResponse::hasResultComplete);
      return null;
    });
  }
}
