package dev.sparkconnect.mock;

import dev.sparkconnect.proto.AddArtifactsRequest;
import dev.sparkconnect.proto.AddArtifactsResponse;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.ArtifactStatusesRequest;
import dev.sparkconnect.proto.ArtifactStatusesResponse;
import dev.sparkconnect.proto.CloneSessionRequest;
import dev.sparkconnect.proto.CloneSessionResponse;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.FetchErrorDetailsRequest;
import dev.sparkconnect.proto.FetchErrorDetailsResponse;
import dev.sparkconnect.proto.GetStatusRequest;
import dev.sparkconnect.proto.GetStatusResponse;
import dev.sparkconnect.proto.InterruptRequest;
import dev.sparkconnect.proto.InterruptResponse;
import dev.sparkconnect.proto.ReattachExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteResponse;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.ReleaseSessionResponse;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import io.grpc.stub.StreamObserver;

/**
 * The Spark Connect service of the mock server: every RPC of the protocol, handed to the class
 * that answers its group ({@link ExecutionRpcs}, {@link AnalysisRpcs}, {@link SessionRpcs},
 * {@link ArtifactRpcs}). Requests reach it journaled already ({@link JournalingInterceptor}), and
 * which answer a request gets is decided by {@link Answers}.
 */
final class MockSparkConnectService extends SparkConnectServiceGrpc.SparkConnectServiceImplBase {

  private final ExecutionRpcs executions;
  private final AnalysisRpcs analyses;
  private final SessionRpcs sessions;
  private final ArtifactRpcs artifacts;

  MockSparkConnectService(MockSparkConnectServer server) {
    this.executions = new ExecutionRpcs(server);
    this.analyses = new AnalysisRpcs(server);
    this.sessions = new SessionRpcs(server);
    this.artifacts = new ArtifactRpcs(server);
  }

  @Override
  public void executePlan(ExecutePlanRequest request, StreamObserver<ExecutePlanResponse> out) {
    executions.executePlan(request, out);
  }

  @Override
  public void reattachExecute(ReattachExecuteRequest request, StreamObserver<ExecutePlanResponse> out) {
    executions.reattachExecute(request, out);
  }

  @Override
  public void releaseExecute(ReleaseExecuteRequest request, StreamObserver<ReleaseExecuteResponse> out) {
    executions.releaseExecute(request, out);
  }

  @Override
  public void analyzePlan(AnalyzePlanRequest request, StreamObserver<AnalyzePlanResponse> out) {
    analyses.analyzePlan(request, out);
  }

  @Override
  public void config(ConfigRequest request, StreamObserver<ConfigResponse> out) {
    sessions.config(request, out);
  }

  @Override
  public StreamObserver<AddArtifactsRequest> addArtifacts(StreamObserver<AddArtifactsResponse> out) {
    return artifacts.addArtifacts(out);
  }

  @Override
  public void artifactStatus(ArtifactStatusesRequest request, StreamObserver<ArtifactStatusesResponse> out) {
    artifacts.artifactStatus(request, out);
  }

  @Override
  public void interrupt(InterruptRequest request, StreamObserver<InterruptResponse> out) {
    sessions.interrupt(request, out);
  }

  @Override
  public void releaseSession(ReleaseSessionRequest request, StreamObserver<ReleaseSessionResponse> out) {
    sessions.releaseSession(request, out);
  }

  @Override
  public void fetchErrorDetails(FetchErrorDetailsRequest request, StreamObserver<FetchErrorDetailsResponse> out) {
    sessions.fetchErrorDetails(request, out);
  }

  @Override
  public void cloneSession(CloneSessionRequest request, StreamObserver<CloneSessionResponse> out) {
    sessions.cloneSession(request, out);
  }

  @Override
  public void getStatus(GetStatusRequest request, StreamObserver<GetStatusResponse> out) {
    sessions.getStatus(request, out);
  }
}
