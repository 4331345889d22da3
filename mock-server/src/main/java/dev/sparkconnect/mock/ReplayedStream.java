package dev.sparkconnect.mock;

import dev.sparkconnect.mock.faults.FaultedCall;
import dev.sparkconnect.proto.ExecutePlanResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;

/** A replayed response stream (of ExecutePlan or ReattachExecute, as {@code rpc} says) as faults act on it. */
final class ReplayedStream implements FaultedCall {

  private final String rpc;
  private final MockSparkConnectServer server;
  private final MockSession session;
  private final ServerCallStreamObserver<ExecutePlanResponse> out;
  private final ReplayedOperation operation;

  ReplayedStream(String rpc, MockSparkConnectServer server, MockSession session,
      ServerCallStreamObserver<ExecutePlanResponse> out, ReplayedOperation operation) {
    this.rpc = rpc;
    this.server = server;
    this.session = session;
    this.out = out;
    this.operation = operation;
  }

  /** The failure of a call whose connection broke under it. */
  static StatusRuntimeException dropped() {
    return Status.UNAVAILABLE.withDescription("mock server: connection dropped (fault injected)").asRuntimeException();
  }

  @Override
  public String rpc() {
    return rpc;
  }

  /** Whether the client cancelled the call or interrupted its operation (a delay then ends early). */
  @Override
  public boolean isCancelled() {
    return out.isCancelled() || operation.isInterrupted();
  }

  @Override
  public boolean fail(StatusRuntimeException failure) {
    out.onError(failure);
    return true;
  }

  @Override
  public boolean endStream() {
    out.onCompleted();
    return true;
  }

  @Override
  public boolean dropConnections() {
    out.onError(dropped());
    server.dropConnections();
    return true;
  }

  @Override
  public boolean loseSession() {
    server.sessions().lose(session);
    out.onError(dropped());
    return true;
  }

  @Override
  public boolean evictSession() {
    server.sessions().evict(session);
    out.onError(Sessions.closedError(session.sessionId));
    return true;
  }

  @Override
  public boolean abandonOperation() {
    session.abandon(operation.operationId);
    out.onError(dropped());
    return true;
  }

  @Override
  public boolean restartServer() {
    server.restart();
    out.onError(dropped());
    return true;
  }
}
