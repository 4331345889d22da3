package dev.sparkconnect.mock;

import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.protocol.arrow.SparkArrowTypes;
import dev.sparkconnect.protocol.rpc.SparkConnectRpc;
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

  private AnalyzePlanResponse.Builder recordedAnalysis(MockSession session, AnalyzePlanRequest request,
      Optional<Plan> plan) {
    Optional<Fixture> fixture = server.answers().analysis(request);
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
    if (request.hasSchema() && plan.isPresent()) {
      Optional<Fixture> execution = server.answers().execution(plan.get());
      if (execution.isPresent()) {
        if (execution.get().error().isPresent()) {
          throw SparkErrors.exception(session.withFreshErrorId(execution.get().error().get()));
        }
        for (ExecutePlanResponse response : execution.get().responses()) {
          if (response.hasSchema()) {
            return AnalyzePlanResponse.newBuilder().setSchema(
                AnalyzePlanResponse.Schema.newBuilder().setSchema(response.getSchema()));
          }
        }
        List<byte[]> batches = execution.get().arrowBatches();
        if (!batches.isEmpty()) {
          return AnalyzePlanResponse.newBuilder().setSchema(AnalyzePlanResponse.Schema.newBuilder()
              .setSchema(DataTypeProtos.toProto(SparkArrowTypes.structType(ArrowStreamReader.read(batches.get(0)).schema()))));
        }
      }
    }
    throw SparkErrors.exception(session.withFreshErrorId(server.answers().miss(Fixture.Rpc.ANALYZE_PLAN,
        Fixture.analysis(request, AnalyzePlanResponse.getDefaultInstance(), null).request())));
  }
}
