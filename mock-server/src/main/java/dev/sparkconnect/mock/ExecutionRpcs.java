package dev.sparkconnect.mock;

import com.google.rpc.Status;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.protocol.errors.ErrorConditions;
import dev.sparkconnect.protocol.rpc.SparkConnectRpc;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.ReattachExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteResponse;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * ExecutePlan, ReattachExecute and ReleaseExecute: each execution becomes a {@link ReplayedOperation}
 * with fresh ids, streamed under Spark's reattach rules (stream limits, buffers kept until released)
 * with the armed faults applied at each position.
 */
final class ExecutionRpcs {

  private final MockSparkConnectServer server;

  /** Whether the ids of ended operations stay taken (Spark 4.1 and later). */
  private final boolean endedIdsTaken;

  ExecutionRpcs(MockSparkConnectServer server) {
    this.server = server;
    this.endedIdsTaken = dev.sparkconnect.protocol.versions.SparkVersion.parse(server.sparkVersion())
        .isAtLeast(new dev.sparkconnect.protocol.versions.SparkVersion(4, 1, 0, "4.1.0"));
  }

  void executePlan(ExecutePlanRequest request, StreamObserver<ExecutePlanResponse> observer) {
    ServerCallStreamObserver<ExecutePlanResponse> out = (ServerCallStreamObserver<ExecutePlanResponse>) observer;
    try {
      MockSession session = server.sessions().of(request);
      // Every call of the session counts, as the recording proxy counted them, refused ones too.
      int call = session.callStarted();
      String operationId = request.hasOperationId() ? request.getOperationId() : RandomIds.uuid();
      Sessions.checkUuid(operationId, "operation");
      String planKey = Fixture.keyOf(request.getPlan());
      boolean reattachable = request.getRequestOptionsList().stream()
          .anyMatch(option -> option.hasReattachOptions() && option.getReattachOptions().getReattachable());
      checkTags(request.getTagsList());
      if (session.isAbandoned(operationId)) {
        throw abandoned(operationId);
      }
      ReplayedOperation operation = replay(session, operationId, planKey, reattachable,
          new HashSet<>(request.getTagsList()), request.getPlan());
      // Spark 4.1 and later remember the ids of ended operations, and refuse them as abandoned.
      String taken = session.hold(operation, endedIdsTaken);
      if (taken != null) {
        server.answers().unask(planKey); // the same question asked again (a retry) is not a new asking
      }
      if ("ended".equals(taken)) {
        throw abandoned(operationId);
      } else if (taken != null) {
        throw SparkErrors.handle("INVALID_HANDLE.OPERATION_ALREADY_EXISTS", "The handle " + operationId
            + " is invalid. Operation already exists.");
      }
      operation.startedAsCall(call);
      try {
        stream(SparkConnectRpc.EXECUTE_PLAN.methodName(), session, operation, 0, planKey, out);
      } finally {
        if (!operation.reattachable && operation.isFinished()) {
          session.end(operation);
        } else if (!operation.reattachable) {
          session.forget(operation);
        }
      }
    } catch (StatusRuntimeException e) {
      out.onError(e);
    } catch (RuntimeException e) {
      out.onError(UnaryRpc.internalError(SparkConnectRpc.EXECUTE_PLAN.methodName(), e));
    }
  }

  void reattachExecute(ReattachExecuteRequest request, StreamObserver<ExecutePlanResponse> observer) {
    ServerCallStreamObserver<ExecutePlanResponse> out = (ServerCallStreamObserver<ExecutePlanResponse>) observer;
    try {
      MockSession session = server.sessions().existingOf(request);
      ReplayedOperation operation = operation(session, request.getOperationId());
      if (!operation.reattachable) {
        throw SparkErrors.handle("INVALID_CURSOR.NOT_REATTACHABLE", "The cursor is invalid. Operation "
            + request.getOperationId() + " is not reattachable.");
      }
      int from = operation.resumeIndex(request.hasLastResponseId() ? request.getLastResponseId() : null);
      stream(SparkConnectRpc.REATTACH_EXECUTE.methodName(), session, operation, from, operation.planKey, out);
    } catch (StatusRuntimeException e) {
      out.onError(e);
    } catch (RuntimeException e) {
      out.onError(UnaryRpc.internalError(SparkConnectRpc.REATTACH_EXECUTE.methodName(), e));
    }
  }

  void releaseExecute(ReleaseExecuteRequest request, StreamObserver<ReleaseExecuteResponse> out) {
    UnaryRpc.answer(server, SparkConnectRpc.RELEASE_EXECUTE.methodName(), request, null, out, () -> {
      MockSession session = server.sessions().existing(request.getSessionId(), request.getUserContext(), null);
      ReleaseExecuteResponse.Builder response = ReleaseExecuteResponse.newBuilder()
          .setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId);
      ReplayedOperation operation = session.operations.get(request.getOperationId());
      if (operation != null && !operation.reattachable) {
        throw SparkErrors.handle("INVALID_CURSOR.NOT_REATTACHABLE", "The cursor is invalid. Operation "
            + operation.operationId + " is not reattachable, so there is nothing to release.");
      }
      if (operation != null) {
        operation.touch();
        response.setOperationId(operation.operationId);
        if (request.hasReleaseAll()) {
          // Released before its answer went out whole: like Spark, that ends the execution.
          operation.interruptIfRunning();
          session.end(operation);
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
    if (operation == null && session.isAbandoned(operationId)) {
      throw abandoned(operationId);
    }
    if (operation == null) {
      throw SparkErrors.handle("INVALID_HANDLE.OPERATION_NOT_FOUND", "The handle " + operationId
          + " is invalid. Operation not found.");
    }
    return operation;
  }

  private static StatusRuntimeException cancelled() {
    return SparkErrors.exception(SparkErrors.status(ErrorConditions.SPARK_EXCEPTION,
        "OPERATION_CANCELED", "HY008", "Operation has been canceled.", Map.of()));
  }

  /**
   * Holds response {@code index} of a listener bus back until the session has made as many calls
   * as when it was recorded; false if the wait was cut short (the client went, the operation was
   * interrupted), for the loop to find out which and end the call.
   */
  private static boolean awaitCalls(MockSession session, ReplayedOperation operation, int index,
      ServerCallStreamObserver<ExecutePlanResponse> out) {
    int needed = operation.heardAfterCalls(index);
    if (needed == 0) {
      return true;
    }
    try {
      long count = needed == Integer.MAX_VALUE ? Long.MAX_VALUE : (long) operation.callsAtStart() + needed;
      while (!session.awaitCalls(count, 50)) {
        if (out.isCancelled() || operation.isInterrupted()) {
          return false;
        }
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Whether a recorded failure is a cancellation: the query ran until someone interrupted it. */
  private static boolean isCancellation(Status error) {
    return error.getMessage().contains("OPERATION_CANCELED");
  }

  /**
   * Holds a replayed cancellation until the operation is interrupted again, as the recorded query
   * ran until it was: true once interrupted, false if the client went away first.
   */
  private static boolean awaitInterrupt(ReplayedOperation operation, ServerCallStreamObserver<ExecutePlanResponse> out) {
    try {
      while (!operation.awaitInterrupt(50)) {
        if (out.isCancelled()) {
          return false;
        }
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Spark's rule for operation tags, which become job tags: not empty, and no comma. */
  private static void checkTags(List<String> tags) {
    for (String tag : tags) {
      if (tag.isEmpty() || tag.indexOf(',') >= 0) {
        throw SparkErrors.javaException(List.of("java.lang.IllegalArgumentException", "java.lang.RuntimeException",
            "java.lang.Exception", "java.lang.Throwable", "java.lang.Object"),
            tag.isEmpty() ? "Spark Connect tag cannot be an empty string." : "Spark Connect tag cannot contain ','.");
      }
    }
  }

  private static StatusRuntimeException abandoned(String operationId) {
    return SparkErrors.handle("INVALID_HANDLE.OPERATION_ABANDONED", "The handle " + operationId
        + " is invalid. Operation was considered abandoned because of inactivity and removed.");
  }

  /** Applies {@code faults} in order; true when one ended the call. */
  private boolean apply(List<Fault> faults, String rpc, MockSession session,
      ServerCallStreamObserver<ExecutePlanResponse> out, ReplayedOperation operation) {
    for (Fault fault : faults) {
      if (fault.effect().applyTo(new ReplayedStream(rpc, server, session, out, operation))) {
        return true;
      }
    }
    return false;
  }

  /** The answer to a plan (see {@link Answers#replay}), stamped with this session's and operation's ids. */
  private ReplayedOperation replay(MockSession session, String operationId, String planKey, boolean reattachable,
      java.util.Set<String> tags, Plan plan) {
    Answers.Replay replay = server.answers().replay(plan);
    List<ExecutePlanResponse> responses = new ArrayList<>(replay.responses().size());
    for (ExecutePlanResponse response : replay.responses()) {
      responses.add(response.toBuilder()
          .setSessionId(session.sessionId)
          .setServerSideSessionId(session.serverSideSessionId)
          .setOperationId(operationId)
          .setResponseId(RandomIds.uuid())
          .build());
    }
    Status error = replay.error() == null ? null : session.withFreshErrorId(replay.error());
    return new ReplayedOperation(operationId, planKey, reattachable, tags, responses, error,
        server.faults().forOperation(planKey), replay.heardAfterCalls());
  }

  private void stream(String rpc, MockSession session, ReplayedOperation operation, int from, String planKey,
      ServerCallStreamObserver<ExecutePlanResponse> out) {
    operation.streamStarted();
    try {
      streamResponses(rpc, session, operation, from, planKey, out);
    } finally {
      operation.streamEnded();
    }
  }

  private void streamResponses(String rpc, MockSession session, ReplayedOperation operation, int from, String planKey,
      ServerCallStreamObserver<ExecutePlanResponse> out) {
    FaultSchedule.Call streamFaults = server.faults().forStream(rpc, planKey);
    MockSparkConnectServer.StreamLimits limits = server.streamLimits();
    long started = System.nanoTime();
    long bytes = 0;
    int sent = 0;
    for (int index = from; ; index++) {
      // The operation's faults count its responses across reattaches; the others count this call's.
      if (apply(operation.faults.at(index), rpc, session, out, operation)
          || apply(streamFaults.at(sent), rpc, session, out, operation)) {
        return;
      }
      if (operation.isInterrupted()) {
        session.end(operation);
        out.onError(cancelled());
        return;
      }
      if (out.isCancelled()) {
        return;
      }
      if (index >= operation.size()) {
        break;
      }
      if (!awaitCalls(session, operation, index, out)) {
        index--; // the checks above end the call: the client went, or the operation was interrupted
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
        continue;
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
    if (operation.error() != null && isCancellation(operation.error())) {
      if (awaitInterrupt(operation, out)) {
        session.end(operation);
        out.onError(SparkErrors.exception(operation.error()));
      }
      return;
    }
    if (!operation.finish()) {
      session.end(operation);
      out.onError(cancelled());
      return;
    }
    if (operation.error() != null) {
      session.end(operation);
      out.onError(SparkErrors.exception(operation.error()));
      return;
    }
    if (!operation.reattachable) {
      session.end(operation);
    }
    out.onCompleted();
  }
}
