package dev.sparkconnect.mock.conformance;

import static dev.sparkconnect.mock.conformance.Plans.plan;
import static dev.sparkconnect.mock.conformance.Plans.range;

import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.GetStatusRequest;
import dev.sparkconnect.proto.GetStatusResponse;
import dev.sparkconnect.proto.InterruptRequest;
import dev.sparkconnect.proto.InterruptResponse;
import dev.sparkconnect.proto.ReattachExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteResponse;
import java.util.List;
import java.util.UUID;

/** Operations: their ids, reattaching to them, releasing them, interrupting and asking after them. */
final class OperationCases {

  private static final String AREA = "operation";

  private OperationCases() {}

  static List<ConformanceCase> all() {
    return List.of(
        ConformanceCase.of(AREA, "malformed-operation-id-refused", "an operation id that is not a UUID fails with "
            + "INVALID_HANDLE.FORMAT", session ->
            session.execute(session.request(plan(range(0, 1))).setOperationId("not-a-uuid").build()).expectError()
                .expectCondition("INVALID_HANDLE.FORMAT")),
        ConformanceCase.of(AREA, "operation-id-reuse-refused", "a second execution under a live operation's id fails "
            + "with INVALID_HANDLE.OPERATION_ALREADY_EXISTS", session -> {
          ExecutePlanRequest first = session.request(plan(range(0, 1))).build();
          session.execute(first).expectSuccess();
          session.execute(session.request(plan(range(0, 2))).setOperationId(first.getOperationId()).build())
              .expectError().expectCondition("INVALID_HANDLE.OPERATION_ALREADY_EXISTS");
        }),
        ConformanceCase.of(AREA, "reattach-resumes-after-cursor", "a reattach after a response id answers exactly the "
            + "responses after it, with the same ids", session -> {
          ExecutePlanRequest request = session.request(plan(range(0, 3))).build();
          List<ExecutePlanResponse> all = session.execute(request).expectSuccess().responses();
          Expect.that(all.size() >= 2, "the execution has at least two responses, not " + all.size());
          List<ExecutePlanResponse> rest = session.reattach(reattach(session, request.getOperationId())
              .setLastResponseId(all.get(0).getResponseId()).build());
          Expect.equal(all.subList(1, all.size()).stream().map(ExecutePlanResponse::getResponseId).toList(),
              rest.stream().map(ExecutePlanResponse::getResponseId).toList(), "the response ids after the cursor");
          Expect.that(rest.get(rest.size() - 1).hasResultComplete(), "the reattached stream ends with "
              + "result_complete");
        }).optionalRpc(),
        ConformanceCase.of(AREA, "reattach-to-unknown-operation", "reattaching to an operation id the session never "
            + "ran fails with INVALID_HANDLE.OPERATION_NOT_FOUND", session -> {
          session.serverSideSessionId();
          session.failure(() -> session.reattach(reattach(session, UUID.randomUUID().toString()).build()),
              "a reattach to an unknown operation").expectCondition("INVALID_HANDLE.OPERATION_NOT_FOUND");
        }).optionalRpc(),
        ConformanceCase.of(AREA, "reattach-in-unknown-session", "reattaching in a session that never existed fails "
            + "with INVALID_HANDLE.SESSION_NOT_FOUND", session ->
            session.failure(() -> session.reattach(reattach(session, UUID.randomUUID().toString()).build()),
                "a reattach in an unknown session").expectCondition("INVALID_HANDLE.SESSION_NOT_FOUND"))
            .optionalRpc(),
        ConformanceCase.of(AREA, "released-operation-gone", "after ReleaseExecute(release_all) the operation cannot "
            + "be reattached", session -> {
          ExecutePlanRequest request = session.request(plan(range(0, 3))).build();
          session.execute(request).expectSuccess();
          ReleaseExecuteResponse released = session.stub().releaseExecute(release(session, request.getOperationId()));
          session.checkIdentity(released.getSessionId(), released.getServerSideSessionId(), "a ReleaseExecuteResponse");
          Expect.equal(request.getOperationId(), released.getOperationId(), "the operation id echoed by ReleaseExecute");
          session.failure(() -> session.reattach(reattach(session, request.getOperationId()).build()),
              "a reattach to a released operation").expectCondition("INVALID_HANDLE");
        }).optionalRpc(),
        ConformanceCase.of(AREA, "interrupt-all-when-idle", "interrupting everything in an idle session interrupts "
            + "nothing", session -> {
          session.serverSideSessionId();
          InterruptResponse response = session.stub().interrupt(interrupt(session)
              .setInterruptType(InterruptRequest.InterruptType.INTERRUPT_TYPE_ALL).build());
          session.checkIdentity(response.getSessionId(), response.getServerSideSessionId(), "an InterruptResponse");
          Expect.equal(List.of(), response.getInterruptedIdsList(), "the interrupted ids");
        }),
        ConformanceCase.of(AREA, "interrupt-finished-operation", "interrupting an operation that has finished "
            + "interrupts nothing", session -> {
          ExecutePlanRequest request = session.request(plan(range(0, 1))).build();
          session.execute(request).expectSuccess();
          // result_complete can reach the client a moment before the server marks the operation finished.
          if (session.atLeast("4.2.0")) {
            settled(session, request.getOperationId());
          } else {
            Thread.sleep(200);
          }
          InterruptResponse response = session.stub().interrupt(interrupt(session)
              .setInterruptType(InterruptRequest.InterruptType.INTERRUPT_TYPE_OPERATION_ID)
              .setOperationId(request.getOperationId()).build());
          Expect.equal(List.of(), response.getInterruptedIdsList(), "the interrupted ids");
        }),
        ConformanceCase.of(AREA, "interrupt-unused-tag", "interrupting a tag no operation carries interrupts nothing",
            session -> {
          session.execute(session.request(plan(range(0, 1))).addTags("conformance-tag").build()).expectSuccess();
          InterruptResponse response = session.stub().interrupt(interrupt(session)
              .setInterruptType(InterruptRequest.InterruptType.INTERRUPT_TYPE_TAG).setOperationTag("no-such-tag")
              .build());
          Expect.equal(List.of(), response.getInterruptedIdsList(), "the interrupted ids");
        }),
        ConformanceCase.of(AREA, "tag-with-comma-refused", "an execution whose tag holds a comma is refused with an "
            + "IllegalArgumentException saying so", session ->
            expectTagRefused(session.execute(session.request(plan(range(0, 1))).addTags("a,b").build()).expectError())),
        ConformanceCase.of(AREA, "empty-tag-refused", "an execution with an empty tag is refused with an "
            + "IllegalArgumentException saying so", session ->
            expectTagRefused(session.execute(session.request(plan(range(0, 1))).addTags("").build()).expectError())),
        ConformanceCase.of(AREA, "interrupt-running-operation", "interrupting a tag interrupts the running operation "
            + "that carries it, which then fails with OPERATION_CANCELED", OperationCases::interruptRunning),
        ConformanceCase.of(AREA, "released-operation-id-not-reused", "an ExecutePlan under the id of a released "
            + "operation fails with INVALID_HANDLE.OPERATION_ABANDONED", session -> {
          ExecutePlanRequest request = session.request(plan(range(0, 1))).build();
          session.execute(request).expectSuccess();
          session.stub().releaseExecute(release(session, request.getOperationId()));
          session.execute(request).expectError().expectCondition("INVALID_HANDLE.OPERATION_ABANDONED");
        }).since("4.1.0").optionalRpc(),
        ConformanceCase.of(AREA, "status-of-idle-session", "GetStatus of a session with no operation lists none",
            session -> {
          session.serverSideSessionId();
          GetStatusResponse status = session.stub().getStatus(GetStatusRequest.newBuilder().setSessionId(session.id())
              .setUserContext(session.user()).setOperationStatus(GetStatusRequest.OperationStatusRequest
                  .getDefaultInstance()).build());
          session.checkIdentity(status.getSessionId(), status.getServerSideSessionId(), "a GetStatusResponse");
          Expect.equal(List.of(), status.getOperationStatusesList(), "the operation statuses");
        }).since("4.2.0").optionalRpc(),
        ConformanceCase.of(AREA, "status-follows-operation", "GetStatus calls a finished operation terminating "
            + "until it is released, then succeeded", session -> {
          ExecutePlanRequest request = session.request(plan(range(0, 1))).build();
          session.execute(request).expectSuccess();
          Expect.equal(GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_TERMINATING,
              settled(session, request.getOperationId()), "the state of a finished operation not yet released");
          session.stub().releaseExecute(release(session, request.getOperationId()));
          GetStatusResponse.OperationStatus.OperationState state = state(session, request.getOperationId());
          for (int poll = 0; poll < 50 && state == GetStatusResponse.OperationStatus.OperationState
              .OPERATION_STATE_TERMINATING; poll++) {
            Thread.sleep(100);
            state = state(session, request.getOperationId());
          }
          Expect.equal(GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_SUCCEEDED, state,
              "the state of a released operation");
        }).since("4.2.0").optionalRpc(),
        ConformanceCase.of(AREA, "status-of-unknown-operation", "GetStatus calls an operation id the session never "
            + "ran unknown", session -> {
          session.serverSideSessionId();
          Expect.equal(GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_UNKNOWN,
              state(session, UUID.randomUUID().toString()), "the state of an unknown operation");
        }).since("4.2.0").optionalRpc(),
        ConformanceCase.of(AREA, "status-in-unknown-session", "GetStatus in a session that never existed fails with "
            + "INVALID_HANDLE.SESSION_NOT_FOUND", session ->
            session.failure(() -> state(session, UUID.randomUUID().toString()), "a GetStatus in an unknown session")
                .expectCondition("INVALID_HANDLE.SESSION_NOT_FOUND")).since("4.2.0").optionalRpc());
  }

  /** The state of an operation once it leaves RUNNING (within 5 s). */
  private static GetStatusResponse.OperationStatus.OperationState settled(WireSession session, String operationId)
      throws InterruptedException {
    GetStatusResponse.OperationStatus.OperationState state = state(session, operationId);
    for (int poll = 0; poll < 50 && state == GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_RUNNING;
        poll++) {
      Thread.sleep(100);
      state = state(session, operationId);
    }
    return state;
  }

  private static void expectTagRefused(WireError error) {
    Expect.equal(io.grpc.Status.Code.INTERNAL, error.code(), "the gRPC status of the refusal");
    Expect.that(error.info().map(info -> info.classes().contains("java.lang.IllegalArgumentException")).orElse(false),
        "the refusal's ErrorInfo names java.lang.IllegalArgumentException: " + error.describe());
    Expect.contains(error.message(), "tag", "the refusal's message");
  }

  /**
   * Starts a query that runs for minutes, interrupts its tag until the interrupt names it, and
   * expects the query to end cancelled, soon.
   */
  private static void interruptRunning(WireSession session) throws Exception {
    ExecutePlanRequest request = session.request(plan(Plans.sql(
        "SELECT sum(id) AS total FROM range(0, 1000000000000, 1, 2)"))).addTags("conformance-long").build();
    java.util.concurrent.ExecutorService runner = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "conformance-long-query");
      thread.setDaemon(true);
      return thread;
    });
    try {
      java.util.concurrent.Future<Execution> running = runner.submit(() -> session.execute(request));
      List<String> interrupted = List.of();
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
      while (!interrupted.contains(request.getOperationId()) && !running.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(100);
        interrupted = session.stub().interrupt(interrupt(session)
            .setInterruptType(InterruptRequest.InterruptType.INTERRUPT_TYPE_TAG).setOperationTag("conformance-long")
            .build()).getInterruptedIdsList();
      }
      Expect.that(interrupted.contains(request.getOperationId()), "the interrupt of the tag names the running "
          + "operation, but it named " + interrupted + (running.isDone() ? " (the query had ended)" : ""));
      Execution ended;
      try {
        ended = running.get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        throw Expect.fail("the interrupted query had not ended 30 s after the interrupt");
      }
      ended.expectError().expectCondition("OPERATION_CANCELED");
    } finally {
      runner.shutdownNow();
    }
  }

  private static GetStatusResponse.OperationStatus.OperationState state(WireSession session, String operationId) {
    GetStatusResponse status = session.stub().getStatus(GetStatusRequest.newBuilder().setSessionId(session.id())
        .setUserContext(session.user()).setOperationStatus(GetStatusRequest.OperationStatusRequest.newBuilder()
            .addOperationIds(operationId)).build());
    session.checkIdentity(status.getSessionId(), status.getServerSideSessionId(), "a GetStatusResponse");
    Expect.equal(1, status.getOperationStatusesCount(), "the operation statuses");
    Expect.equal(operationId, status.getOperationStatuses(0).getOperationId(), "the operation id");
    return status.getOperationStatuses(0).getState();
  }

  private static ReattachExecuteRequest.Builder reattach(WireSession session, String operationId) {
    return ReattachExecuteRequest.newBuilder().setSessionId(session.id()).setUserContext(session.user())
        .setClientType(WireSession.CLIENT_TYPE).setOperationId(operationId);
  }

  private static ReleaseExecuteRequest release(WireSession session, String operationId) {
    return ReleaseExecuteRequest.newBuilder().setSessionId(session.id()).setUserContext(session.user())
        .setClientType(WireSession.CLIENT_TYPE).setOperationId(operationId)
        .setReleaseAll(ReleaseExecuteRequest.ReleaseAll.getDefaultInstance()).build();
  }

  private static InterruptRequest.Builder interrupt(WireSession session) {
    return InterruptRequest.newBuilder().setSessionId(session.id()).setUserContext(session.user())
        .setClientType(WireSession.CLIENT_TYPE);
  }
}
