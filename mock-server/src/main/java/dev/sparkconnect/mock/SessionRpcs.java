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
        // An operation whose answer went out whole has nothing left to interrupt, as in Spark.
        if (chosen && operation.interruptIfRunning()) {
          response.addInterruptedIds(operation.operationId);
        }
      }
      return response.build();
    });
  }

  void releaseSession(ReleaseSessionRequest request, StreamObserver<ReleaseSessionResponse> out) {
    UnaryRpc.answer(server, SparkConnectRpc.RELEASE_SESSION.methodName(), request, null, out, () -> {
      MockSession released = server.sessions().release(request.getSessionId(), request.getUserContext(),
          request.getAllowReconnect());
      ReleaseSessionResponse.Builder response = ReleaseSessionResponse.newBuilder().setSessionId(request.getSessionId());
      if (released != null) {
        response.setServerSideSessionId(released.serverSideSessionId);
      }
      return response.build();
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
      // Like Spark, GetStatus asks after a session; it does not start one.
      MockSession session = server.sessions().existingOf(request);
      GetStatusResponse.Builder response = GetStatusResponse.newBuilder()
          .setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId);
      if (!request.hasOperationStatus()) {
        return response.build();
      }
      List<String> ids = request.getOperationStatus().getOperationIdsList().isEmpty()
          ? session.knownOperationIds() : request.getOperationStatus().getOperationIdsList().stream().distinct().toList();
      for (String id : ids) {
        response.addOperationStatuses(GetStatusResponse.OperationStatus.newBuilder().setOperationId(id)
            .setState(session.stateOf(id)));
      }
      return response.build();
    });
  }
}
