package dev.sparkconnect.mock;

import com.google.protobuf.ByteString;
import com.google.rpc.Code;
import com.google.rpc.Status;
import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.RecordedError;
import dev.sparkconnect.protocol.arrow.SparkArrowTypes;
import dev.sparkconnect.protocol.plans.SqlCommands;
import dev.sparkconnect.protocol.rpc.SparkConnectRpc;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import dev.sparkconnect.proto.AddArtifactsRequest;
import dev.sparkconnect.proto.AddArtifactsResponse;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.ArtifactStatusesRequest;
import dev.sparkconnect.proto.ArtifactStatusesResponse;
import dev.sparkconnect.proto.CloneSessionRequest;
import dev.sparkconnect.proto.CloneSessionResponse;
import dev.sparkconnect.proto.Command;
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
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.ReattachExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteResponse;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.ReleaseSessionResponse;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.SQL;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.SqlCommand;
import dev.sparkconnect.proto.UserContext;
import dev.sparkconnect.protocol.plans.CanonicalPlans;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The Spark Connect service of the mock server: every RPC of the protocol, answered from stubs and
 * fixtures with the session, operation and reattach rules of a real server, faults applied where
 * they are armed, and every request journaled first.
 */
final class MockSparkConnectService extends SparkConnectServiceGrpc.SparkConnectServiceImplBase {

  private final MockSparkConnectServer server;

  MockSparkConnectService(MockSparkConnectServer server) {
    this.server = server;
  }

  // ---- ExecutePlan, ReattachExecute, ReleaseExecute -------------------------------------------

  @Override
  public void executePlan(ExecutePlanRequest request, StreamObserver<ExecutePlanResponse> observer) {
    server.journal().add(SparkConnectRpc.EXECUTE_PLAN.methodName(), request.getSessionId(), request);
    ServerCallStreamObserver<ExecutePlanResponse> out = (ServerCallStreamObserver<ExecutePlanResponse>) observer;
    try {
      MockSession session = session(request.getSessionId(), request.getUserContext(),
          request.hasClientObservedServerSideSessionId() ? request.getClientObservedServerSideSessionId() : null);
      String operationId = request.hasOperationId() ? request.getOperationId() : UUID.randomUUID().toString();
      Sessions.checkUuid(operationId, "operation");
      String planKey = Fixture.keyOf(request.getPlan());
      boolean reattachable = request.getRequestOptionsList().stream()
          .anyMatch(option -> option.hasReattachOptions() && option.getReattachOptions().getReattachable());
      ReplayedOperation operation = replay(session, operationId, planKey, reattachable,
          new HashSet<>(request.getTagsList()), request.getPlan());
      if (session.operations.putIfAbsent(operationId, operation) != null) {
        throw SparkErrors.handle("INVALID_HANDLE.OPERATION_ALREADY_EXISTS", "The handle " + operationId
            + " is invalid. Operation already exists.");
      }
      try {
        stream(session, operation, 0, server.faults().forCall(SparkConnectRpc.EXECUTE_PLAN.methodName(), planKey), out);
      } finally {
        if (!operation.reattachable) {
          session.operations.remove(operationId);
        }
      }
    } catch (StatusRuntimeException e) {
      out.onError(e);
    } catch (RuntimeException e) {
      out.onError(internalError(SparkConnectRpc.EXECUTE_PLAN.methodName(), e));
    }
  }

  @Override
  public void reattachExecute(ReattachExecuteRequest request, StreamObserver<ExecutePlanResponse> observer) {
    server.journal().add(SparkConnectRpc.REATTACH_EXECUTE.methodName(), request.getSessionId(), request);
    ServerCallStreamObserver<ExecutePlanResponse> out = (ServerCallStreamObserver<ExecutePlanResponse>) observer;
    try {
      MockSession session = server.sessions().existing(request.getSessionId(), request.getUserContext(),
          request.hasClientObservedServerSideSessionId() ? request.getClientObservedServerSideSessionId() : null);
      ReplayedOperation operation = operation(session, request.getOperationId());
      if (!operation.reattachable) {
        throw SparkErrors.handle("INVALID_CURSOR.NOT_REATTACHABLE", "The cursor is invalid. Operation "
            + request.getOperationId() + " is not reattachable.");
      }
      int from = operation.resumeIndex(request.hasLastResponseId() ? request.getLastResponseId() : null);
      stream(session, operation, from, server.faults().forCall(SparkConnectRpc.REATTACH_EXECUTE.methodName(), operation.planKey), out);
    } catch (StatusRuntimeException e) {
      out.onError(e);
    } catch (RuntimeException e) {
      out.onError(internalError(SparkConnectRpc.REATTACH_EXECUTE.methodName(), e));
    }
  }

  @Override
  public void releaseExecute(ReleaseExecuteRequest request, StreamObserver<ReleaseExecuteResponse> out) {
    unary(SparkConnectRpc.RELEASE_EXECUTE.methodName(), request.getSessionId(), request, null, out, () -> {
      MockSession session = server.sessions().existing(request.getSessionId(), request.getUserContext(), null);
      ReleaseExecuteResponse.Builder response = ReleaseExecuteResponse.newBuilder()
          .setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId);
      ReplayedOperation operation = session.operations.get(request.getOperationId());
      if (operation != null && !operation.reattachable) {
        throw SparkErrors.handle("INVALID_CURSOR.NOT_REATTACHABLE", "The cursor is invalid. Operation "
            + operation.operationId + " is not reattachable, so there is nothing to release.");
      }
      if (operation != null) {
        response.setOperationId(operation.operationId);
        if (request.hasReleaseAll()) {
          session.operations.remove(operation.operationId);
        } else if (request.hasReleaseUntil()) {
          operation.releaseUntil(request.getReleaseUntil().getResponseId());
        }
      }
      return response.build();
    });
  }

  private ReplayedOperation operation(MockSession session, String operationId) {
    Sessions.checkUuid(operationId, "operation");
    ReplayedOperation operation = session.operations.get(operationId);
    if (operation == null) {
      throw SparkErrors.handle("INVALID_HANDLE.OPERATION_NOT_FOUND", "The handle " + operationId
          + " is invalid. Operation not found.");
    }
    return operation;
  }

  /** The whole answer to a plan, with ids, ready to stream; a plan without answer ends in the miss report. */
  private ReplayedOperation replay(MockSession session, String operationId, String planKey, boolean reattachable,
      java.util.Set<String> tags, Plan plan) {
    List<ExecutePlanResponse> template;
    Status error = null;
    Optional<Fixture> fixture = server.answers().execution(plan);
    if (fixture.isPresent()) {
      template = new ArrayList<>(fixture.get().responses());
      if (fixture.get().error().isPresent()) {
        error = errorWithFreshId(session, fixture.get().error().get());
      } else if (template.isEmpty() || !template.get(template.size() - 1).hasResultComplete()) {
        template.add(ExecutePlanResponse.newBuilder()
            .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build());
      }
    } else {
      Optional<Relation> sqlRelation = SqlCommands.queryOf(plan);
      Optional<Fixture> query = sqlRelation.flatMap(relation ->
          server.answers().execution(Plan.newBuilder().setRoot(relation).build()));
      if (query.isPresent() && query.get().error().isPresent()) {
        // Spark analyses SQL when the command runs: a query that fails, fails here.
        template = List.of();
        error = errorWithFreshId(session, query.get().error().get());
      } else if (query.isPresent()) {
        // As Spark does for a query (not a command): answer the SqlCommand with the relation to run.
        template = List.of(
            ExecutePlanResponse.newBuilder().setSqlCommandResult(
                ExecutePlanResponse.SqlCommandResult.newBuilder().setRelation(sqlRelation.get())).build(),
            ExecutePlanResponse.newBuilder()
                .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build());
      } else {
        template = List.of();
        error = errorWithFreshId(session, server.answers().miss(Fixture.Rpc.EXECUTE_PLAN, CanonicalPlans.canonicalize(plan)));
      }
    }
    List<ExecutePlanResponse> responses = new ArrayList<>(template.size());
    for (ExecutePlanResponse response : template) {
      responses.add(response.toBuilder()
          .setSessionId(session.sessionId)
          .setServerSideSessionId(session.serverSideSessionId)
          .setOperationId(operationId)
          .setResponseId(UUID.randomUUID().toString())
          .build());
    }
    return new ReplayedOperation(operationId, planKey, reattachable, tags, responses, error);
  }

  private Status errorWithFreshId(MockSession session, RecordedError error) {
    if (!error.hasErrorId()) {
      return error.status();
    }
    String errorId = UUID.randomUUID().toString();
    error.details().ifPresent(details -> session.errorDetails.put(errorId, details));
    return RecordedError.withErrorId(error.status(), errorId);
  }

  private void stream(MockSession session, ReplayedOperation operation, int from, FaultSchedule.Call faults,
      ServerCallStreamObserver<ExecutePlanResponse> out) {
    MockSparkConnectServer.StreamLimits limits = server.streamLimits();
    long started = System.nanoTime();
    long bytes = 0;
    int sent = 0;
    for (int index = from; ; index++) {
      for (Fault fault : faults.at(sent)) {
        if (fault.effect().applyTo(new ReplayedStream(server, session, out))) {
          return;
        }
      }
      if (operation.isInterrupted()) {
        session.operations.remove(operation.operationId);
        out.onError(SparkErrors.exception(SparkErrors.status("org.apache.spark.SparkException",
            "OPERATION_CANCELED", "HY008", "Operation has been canceled.", Map.of())));
        return;
      }
      if (out.isCancelled()) {
        return;
      }
      if (index >= operation.size()) {
        break;
      }
      ExecutePlanResponse response = operation.response(index);
      out.onNext(response);
      sent++;
      bytes += response.getSerializedSize();
      boolean more = index + 1 < operation.size() || operation.error() != null;
      if (more && operation.reattachable && limits.reached(sent, bytes, System.nanoTime() - started)) {
        out.onCompleted();
        return;
      }
    }
    if (operation.error() != null) {
      session.operations.remove(operation.operationId);
      out.onError(SparkErrors.exception(operation.error()));
      return;
    }
    if (!operation.reattachable) {
      session.operations.remove(operation.operationId);
    }
    out.onCompleted();
  }

  // ---- unary RPCs ------------------------------------------------------------------------------

  @FunctionalInterface
  private interface Handler<R> {
    R answer();
  }

  /** Journals a unary call, applies its faults, then answers it or fails it as Spark would. */
  private <R> void unary(String rpc, String sessionId, com.google.protobuf.Message request, String planKey,
      StreamObserver<R> out, Handler<R> handler) {
    server.journal().add(rpc, sessionId, request);
    try {
      UnaryCall call = new UnaryCall(server, rpc, sessionId, out);
      for (Fault fault : server.faults().forCall(rpc, planKey).at(0)) {
        if (fault.effect().applyTo(call)) {
          return;
        }
      }
      out.onNext(handler.answer());
      out.onCompleted();
    } catch (StatusRuntimeException e) {
      out.onError(e);
    } catch (RuntimeException e) {
      out.onError(internalError(rpc, e));
    }
  }

  /** A failure of the mock itself, sent as Spark sends an internal error instead of gRPC's bare UNKNOWN. */
  private static StatusRuntimeException internalError(String rpc, RuntimeException e) {
    org.slf4j.LoggerFactory.getLogger(MockSparkConnectServer.class).error("The mock server failed on {}", rpc, e);
    return SparkErrors.exception(SparkErrors.status("org.apache.spark.SparkException", "INTERNAL_ERROR", "XX000",
        "The mock Spark Connect server failed on " + rpc + ": " + e, Map.of()));
  }

  private MockSession session(String sessionId, UserContext user, String observedServerSideSessionId) {
    return server.sessions().get(sessionId, user, observedServerSideSessionId);
  }

  @Override
  public void analyzePlan(AnalyzePlanRequest request, StreamObserver<AnalyzePlanResponse> out) {
    Optional<Plan> plan;
    try {
      plan = Fixture.analysis(request, AnalyzePlanResponse.getDefaultInstance(), null).plan();
    } catch (RuntimeException e) {
      out.onError(internalError(SparkConnectRpc.ANALYZE_PLAN.methodName(), e));
      return;
    }
    unary(SparkConnectRpc.ANALYZE_PLAN.methodName(), request.getSessionId(), request, plan.map(Fixture::keyOf).orElse(null), out, () -> {
      MockSession session = session(request.getSessionId(), request.getUserContext(),
          request.hasClientObservedServerSideSessionId() ? request.getClientObservedServerSideSessionId() : null);
      AnalyzePlanResponse.Builder answer = recordedAnalysis(session, request, plan);
      return answer.setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId).build();
    });
  }

  private AnalyzePlanResponse.Builder recordedAnalysis(MockSession session, AnalyzePlanRequest request,
      Optional<Plan> plan) {
    Optional<Fixture> fixture = server.answers().analysis(request);
    if (fixture.isPresent()) {
      if (fixture.get().error().isPresent()) {
        throw SparkErrors.exception(errorWithFreshId(session, fixture.get().error().get()));
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
          throw SparkErrors.exception(errorWithFreshId(session, execution.get().error().get()));
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
    throw SparkErrors.exception(errorWithFreshId(session, server.answers().miss(Fixture.Rpc.ANALYZE_PLAN,
        Fixture.analysis(request, AnalyzePlanResponse.getDefaultInstance(), null).request())));
  }

  @Override
  public void config(ConfigRequest request, StreamObserver<ConfigResponse> out) {
    unary(SparkConnectRpc.CONFIG.methodName(), request.getSessionId(), request, null, out, () -> {
      MockSession session = session(request.getSessionId(), request.getUserContext(),
          request.hasClientObservedServerSideSessionId() ? request.getClientObservedServerSideSessionId() : null);
      return session.config.answer(request.getOperation())
          .setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId).build();
    });
  }

  @Override
  public StreamObserver<AddArtifactsRequest> addArtifacts(StreamObserver<AddArtifactsResponse> out) {
    return new StreamObserver<>() {
      private MockSession session;
      private final AddArtifactsResponse.Builder response = AddArtifactsResponse.newBuilder();
      private String chunkedName;
      private ByteArrayOutputStream chunked;
      private boolean chunkedCrcOk;
      private boolean failed;

      @Override
      public void onNext(AddArtifactsRequest request) {
        if (failed) {
          return;
        }
        server.journal().add(SparkConnectRpc.ADD_ARTIFACTS.methodName(), request.getSessionId(), request);
        try {
          session = session(request.getSessionId(), request.getUserContext(),
              request.hasClientObservedServerSideSessionId() ? request.getClientObservedServerSideSessionId() : null);
          switch (request.getPayloadCase()) {
            case BATCH -> request.getBatch().getArtifactsList().forEach(artifact -> {
              boolean ok = crcMatches(artifact.getData());
              if (ok) {
                session.artifacts.put(artifact.getName(), artifact.getData().getData().toByteArray());
              }
              response.addArtifacts(AddArtifactsResponse.ArtifactSummary.newBuilder()
                  .setName(artifact.getName()).setIsCrcSuccessful(ok));
            });
            case BEGIN_CHUNK -> {
              finishChunked();
              chunkedName = request.getBeginChunk().getName();
              chunked = new ByteArrayOutputStream();
              chunkedCrcOk = crcMatches(request.getBeginChunk().getInitialChunk());
              chunked.writeBytes(request.getBeginChunk().getInitialChunk().getData().toByteArray());
            }
            case CHUNK -> {
              if (chunked == null) {
                throw io.grpc.Status.INVALID_ARGUMENT.withDescription("an artifact chunk before its begin_chunk")
                    .asRuntimeException();
              }
              chunkedCrcOk &= crcMatches(request.getChunk());
              chunked.writeBytes(request.getChunk().getData().toByteArray());
            }
            default -> throw io.grpc.Status.INVALID_ARGUMENT.withDescription("an AddArtifacts request without payload")
                .asRuntimeException();
          }
        } catch (StatusRuntimeException e) {
          failed = true;
          out.onError(e);
        }
      }

      private void finishChunked() {
        if (chunked != null) {
          if (chunkedCrcOk) {
            session.artifacts.put(chunkedName, chunked.toByteArray());
          }
          response.addArtifacts(AddArtifactsResponse.ArtifactSummary.newBuilder()
              .setName(chunkedName).setIsCrcSuccessful(chunkedCrcOk));
          chunked = null;
        }
      }

      @Override
      public void onError(Throwable t) {
        chunked = null;
      }

      @Override
      public void onCompleted() {
        if (failed) {
          return;
        }
        if (session == null) {
          out.onError(io.grpc.Status.INVALID_ARGUMENT.withDescription("AddArtifacts without any request").asRuntimeException());
          return;
        }
        finishChunked();
        out.onNext(response.setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId).build());
        out.onCompleted();
      }
    };
  }

  private static boolean crcMatches(AddArtifactsRequest.ArtifactChunk chunk) {
    CRC32 crc = new CRC32();
    crc.update(chunk.getData().asReadOnlyByteBuffer());
    return crc.getValue() == chunk.getCrc();
  }

  @Override
  public void artifactStatus(ArtifactStatusesRequest request, StreamObserver<ArtifactStatusesResponse> out) {
    unary(SparkConnectRpc.ARTIFACT_STATUS.methodName(), request.getSessionId(), request, null, out, () -> {
      MockSession session = session(request.getSessionId(), request.getUserContext(),
          request.hasClientObservedServerSideSessionId() ? request.getClientObservedServerSideSessionId() : null);
      ArtifactStatusesResponse.Builder response = ArtifactStatusesResponse.newBuilder()
          .setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId);
      for (String name : request.getNamesList()) {
        response.putStatuses(name, ArtifactStatusesResponse.ArtifactStatus.newBuilder()
            .setExists(session.artifacts.containsKey(name)).build());
      }
      return response.build();
    });
  }

  @Override
  public void interrupt(InterruptRequest request, StreamObserver<InterruptResponse> out) {
    unary(SparkConnectRpc.INTERRUPT.methodName(), request.getSessionId(), request, null, out, () -> {
      MockSession session = session(request.getSessionId(), request.getUserContext(),
          request.hasClientObservedServerSideSessionId() ? request.getClientObservedServerSideSessionId() : null);
      InterruptResponse.Builder response = InterruptResponse.newBuilder()
          .setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId);
      for (ReplayedOperation operation : session.operations.values()) {
        boolean chosen = switch (request.getInterruptType()) {
          case INTERRUPT_TYPE_ALL -> true;
          case INTERRUPT_TYPE_TAG -> operation.tags.contains(request.getOperationTag());
          case INTERRUPT_TYPE_OPERATION_ID -> operation.operationId.equals(request.getOperationId());
          default -> throw io.grpc.Status.INVALID_ARGUMENT
              .withDescription("Interrupt needs an interrupt_type (ALL, TAG or OPERATION_ID)").asRuntimeException();
        };
        if (chosen) {
          operation.interrupt();
          response.addInterruptedIds(operation.operationId);
        }
      }
      return response.build();
    });
  }

  @Override
  public void releaseSession(ReleaseSessionRequest request, StreamObserver<ReleaseSessionResponse> out) {
    unary(SparkConnectRpc.RELEASE_SESSION.methodName(), request.getSessionId(), request, null, out, () -> {
      server.sessions().release(request.getSessionId(), request.getUserContext(), request.getAllowReconnect());
      return ReleaseSessionResponse.newBuilder().setSessionId(request.getSessionId()).build();
    });
  }

  @Override
  public void fetchErrorDetails(FetchErrorDetailsRequest request, StreamObserver<FetchErrorDetailsResponse> out) {
    unary(SparkConnectRpc.FETCH_ERROR_DETAILS.methodName(), request.getSessionId(), request, null, out, () -> {
      MockSession session = session(request.getSessionId(), request.getUserContext(),
          request.hasClientObservedServerSideSessionId() ? request.getClientObservedServerSideSessionId() : null);
      FetchErrorDetailsResponse details = session.errorDetails.remove(request.getErrorId());
      FetchErrorDetailsResponse.Builder response = details == null
          ? FetchErrorDetailsResponse.newBuilder() : details.toBuilder();
      return response.setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId).build();
    });
  }

  @Override
  public void cloneSession(CloneSessionRequest request, StreamObserver<CloneSessionResponse> out) {
    unary(SparkConnectRpc.CLONE_SESSION.methodName(), request.getSessionId(), request, null, out, () -> {
      MockSession source = session(request.getSessionId(), request.getUserContext(),
          request.hasClientObservedServerSideSessionId() ? request.getClientObservedServerSideSessionId() : null);
      String newId = request.hasNewSessionId() ? request.getNewSessionId() : UUID.randomUUID().toString();
      MockSession clone = server.sessions().cloneSession(source, newId);
      return CloneSessionResponse.newBuilder()
          .setSessionId(source.sessionId).setServerSideSessionId(source.serverSideSessionId)
          .setNewSessionId(clone.sessionId).setNewServerSideSessionId(clone.serverSideSessionId).build();
    });
  }

  @Override
  public void getStatus(GetStatusRequest request, StreamObserver<GetStatusResponse> out) {
    unary(SparkConnectRpc.GET_STATUS.methodName(), request.getSessionId(), request, null, out, () -> {
      MockSession session = session(request.getSessionId(), request.getUserContext(),
          request.hasClientObservedServerSideSessionId() ? request.getClientObservedServerSideSessionId() : null);
      GetStatusResponse.Builder response = GetStatusResponse.newBuilder()
          .setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId);
      List<String> ids = request.getOperationStatus().getOperationIdsList().isEmpty()
          ? List.copyOf(session.operations.keySet()) : request.getOperationStatus().getOperationIdsList();
      for (String id : ids) {
        ReplayedOperation operation = session.operations.get(id);
        GetStatusResponse.OperationStatus.OperationState state = operation == null
            ? GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_UNKNOWN
            : operation.isInterrupted() ? GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_CANCELLED
            : GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_SUCCEEDED;
        response.addOperationStatuses(GetStatusResponse.OperationStatus.newBuilder().setOperationId(id).setState(state));
      }
      return response.build();
    });
  }



}
