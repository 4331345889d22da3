package dev.sparkconnect.mock;

import com.google.rpc.Status;
import dev.sparkconnect.protocol.rpc.SparkConnectRpc;
import dev.sparkconnect.proto.CloneSessionRequest;
import dev.sparkconnect.proto.CloneSessionResponse;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.FetchErrorDetailsRequest;
import dev.sparkconnect.proto.FetchErrorDetailsResponse;
import dev.sparkconnect.proto.GetStatusRequest;
import dev.sparkconnect.proto.GetStatusResponse;
import dev.sparkconnect.proto.InterruptRequest;
import dev.sparkconnect.proto.InterruptResponse;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.ReleaseSessionResponse;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.UUID;

/** Config, Interrupt, ReleaseSession, FetchErrorDetails, CloneSession and GetStatus: the session's own RPCs. */
final class SessionRpcs {

  private final MockSparkConnectServer server;

  SessionRpcs(MockSparkConnectServer server) {
    this.server = server;
  }

  void config(ConfigRequest request, StreamObserver<ConfigResponse> out) {
    UnaryRpc.answer(server, SparkConnectRpc.CONFIG.methodName(), request, null, out, () -> {
      MockSession session = server.sessions().of(request);
      return session.config.answer(request.getOperation())
          .setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId).build();
    });
  }

  void interrupt(InterruptRequest request, StreamObserver<InterruptResponse> out) {
    UnaryRpc.answer(server, SparkConnectRpc.INTERRUPT.methodName(), request, null, out, () -> {
      MockSession session = server.sessions().of(request);
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

  void releaseSession(ReleaseSessionRequest request, StreamObserver<ReleaseSessionResponse> out) {
    UnaryRpc.answer(server, SparkConnectRpc.RELEASE_SESSION.methodName(), request, null, out, () -> {
      server.sessions().release(request.getSessionId(), request.getUserContext(), request.getAllowReconnect());
      return ReleaseSessionResponse.newBuilder().setSessionId(request.getSessionId()).build();
    });
  }

  void fetchErrorDetails(FetchErrorDetailsRequest request, StreamObserver<FetchErrorDetailsResponse> out) {
    UnaryRpc.answer(server, SparkConnectRpc.FETCH_ERROR_DETAILS.methodName(), request, null, out, () -> {
      MockSession session = server.sessions().of(request);
      FetchErrorDetailsResponse details = session.errorDetails.remove(request.getErrorId());
      FetchErrorDetailsResponse.Builder response = details == null
          ? FetchErrorDetailsResponse.newBuilder() : details.toBuilder();
      return response.setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId).build();
    });
  }

  void cloneSession(CloneSessionRequest request, StreamObserver<CloneSessionResponse> out) {
    UnaryRpc.answer(server, SparkConnectRpc.CLONE_SESSION.methodName(), request, null, out, () -> {
      MockSession source = server.sessions().of(request);
      String newId = request.hasNewSessionId() ? request.getNewSessionId() : UUID.randomUUID().toString();
      MockSession clone = server.sessions().cloneSession(source, newId);
      return CloneSessionResponse.newBuilder()
          .setSessionId(source.sessionId).setServerSideSessionId(source.serverSideSessionId)
          .setNewSessionId(clone.sessionId).setNewServerSideSessionId(clone.serverSideSessionId).build();
    });
  }

  void getStatus(GetStatusRequest request, StreamObserver<GetStatusResponse> out) {
    UnaryRpc.answer(server, SparkConnectRpc.GET_STATUS.methodName(), request, null, out, () -> {
      MockSession session = server.sessions().of(request);
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
