package dev.sparkconnect.mock;

import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.protocol.arrow.SparkArrowTypes;
import dev.sparkconnect.protocol.rpc.SparkConnectRpc;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.Optional;

/** AnalyzePlan: answered from its recording, or derived from the recorded execution of the same plan. */
final class AnalysisRpcs {

  private final MockSparkConnectServer server;

  AnalysisRpcs(MockSparkConnectServer server) {
    this.server = server;
  }

  void analyzePlan(AnalyzePlanRequest request, StreamObserver<AnalyzePlanResponse> out) {
    Optional<Plan> plan;
    try {
      plan = Fixture.analysis(request, AnalyzePlanResponse.getDefaultInstance(), null).plan();
    } catch (RuntimeException e) {
      out.onError(UnaryRpc.internalError(SparkConnectRpc.ANALYZE_PLAN.methodName(), e));
      return;
    }
    UnaryRpc.answer(server, SparkConnectRpc.ANALYZE_PLAN.methodName(), request, plan.map(Fixture::keyOf).orElse(null), out, () -> {
      MockSession session = server.sessions().of(request);
      AnalyzePlanResponse.Builder answer = recordedAnalysis(session, request, plan);
      return answer.setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId).build();
    });
  }

  /**
   * The schema of {@code plan} as recorded: by a recorded {@code schema()}, else by a recorded
   * execution (its schema response, or its Arrow schema). A recorded failure is raised.
   */
  private Optional<dev.sparkconnect.proto.DataType> recordedSchema(MockSession session, Plan plan) {
    Optional<Fixture> analysis = server.answers().analysis(AnalyzePlanRequest.newBuilder()
        .setSchema(AnalyzePlanRequest.Schema.newBuilder().setPlan(plan)).build());
    if (analysis.isPresent() && analysis.get().analyzeResponse().map(AnalyzePlanResponse::hasSchema).orElse(false)) {
      return Optional.of(analysis.get().analyzeResponse().get().getSchema().getSchema());
    }
    Optional<Fixture> execution = server.answers().execution(plan);
    if (execution.isEmpty()) {
      return Optional.empty();
    }
    if (execution.get().error().isPresent()) {
      throw SparkErrors.exception(session.withFreshErrorId(execution.get().error().get()));
    }
    for (ExecutePlanResponse response : execution.get().responses()) {
      if (response.hasSchema()) {
        return Optional.of(response.getSchema());
      }
    }
    List<byte[]> batches = execution.get().arrowBatches();
    if (batches.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(DataTypeProtos.toProto(SparkArrowTypes.structType(ArrowStreamReader.read(batches.get(0)).schema())));
  }

  private AnalyzePlanResponse.Builder recordedAnalysis(MockSession session, AnalyzePlanRequest request,
      Optional<Plan> plan) {
    Optional<Fixture> fixture = server.answers().ask(Fixture.keyOf(request));
    if (fixture.isPresent()) {
      if (fixture.get().error().isPresent()) {
        throw SparkErrors.exception(session.withFreshErrorId(fixture.get().error().get()));
      }
      return fixture.get().analyzeResponse().orElseThrow().toBuilder();
    }
    if (request.hasSparkVersion()) {
      return AnalyzePlanResponse.newBuilder().setSparkVersion(
          AnalyzePlanResponse.SparkVersion.newBuilder().setVersion(server.sparkVersion()));
    }
    if ((request.hasSchema() || request.hasTreeString()) && plan.isPresent()) {
      Optional<dev.sparkconnect.proto.DataType> schema = recordedSchema(session, plan.get());
      if (schema.isPresent() && request.hasSchema()) {
        return AnalyzePlanResponse.newBuilder().setSchema(AnalyzePlanResponse.Schema.newBuilder().setSchema(schema.get()));
      }
      if (schema.isPresent() && DataTypeProtos.fromProto(schema.get()) instanceof StructType struct) {
        // printSchema() of clients that ask the server for the tree: drawn from the recorded schema.
        int level = request.getTreeString().hasLevel() ? request.getTreeString().getLevel() : Integer.MAX_VALUE;
        return AnalyzePlanResponse.newBuilder().setTreeString(AnalyzePlanResponse.TreeString.newBuilder()
            .setTreeString(struct.treeString(level)));
      }
    }
    throw SparkErrors.exception(session.withFreshErrorId(server.answers().miss(Fixture.Rpc.ANALYZE_PLAN,
        Fixture.analysis(request, AnalyzePlanResponse.getDefaultInstance(), null).request())));
  }
}
