package dev.sparkconnect.mock;

import dev.sparkconnect.mock.faults.FaultedCall;
import dev.sparkconnect.proto.UserContext;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

/**
 * A call answered once (AnalyzePlan, Config, ...) as faults act on it: a lost session or a restart
 * happens before the answer, which then comes as it would from the server after it.
 */
final class UnaryCall implements FaultedCall {

  private final MockSparkConnectServer server;
  private final String rpc;
  private final String sessionId;
  private final UserContext user;
  private final StreamObserver<?> out;

  UnaryCall(MockSparkConnectServer server, String rpc, String sessionId, UserContext user, StreamObserver<?> out) {
    this.server = server;
    this.rpc = rpc;
    this.sessionId = sessionId;
    this.user = user;
    this.out = out;
  }

  @Override
  public String rpc() {
    return rpc;
  }

  @Override
  public boolean isCancelled() {
    return out instanceof ServerCallStreamObserver<?> call && call.isCancelled();
  }

  @Override
  public boolean fail(StatusRuntimeException failure) {
    out.onError(failure);
    return true;
  }

  @Override
  public boolean endStream() {
    return false;
  }

  @Override
  public boolean dropConnections() {
    boolean failed = fail(ReplayedStream.dropped());
    server.dropConnections();
    return failed;
  }

  @Override
  public boolean loseSession() {
    server.sessions().lose(sessionId, user);
    return false;
  }

  @Override
  public boolean evictSession() {
    server.sessions().evict(sessionId, user);
    return fail(Sessions.closedError(sessionId));
  }

  /** A call answered once has no operation to abandon. */
  @Override
  public boolean abandonOperation() {
    return false;
  }

  @Override
  public boolean restartServer() {
    server.restart();
    return false;
  }
}
