package dev.sparkconnect.mock;

import com.google.protobuf.Message;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Writes every request message into a {@link Journal} as it arrives, before any RPC handles it,
 * whatever the RPC (every message of a client stream such as AddArtifacts too). Headers are never
 * journaled, so tokens never are. The mock server and the recording proxy both journal through
 * it; put it in front of any other Spark Connect service to journal that one too.
 */
public final class JournalingInterceptor implements ServerInterceptor {

  private final Journal journal;

  /** Journals into {@code journal}. */
  public JournalingInterceptor(Journal journal) {
    this.journal = journal;
  }

  @Override
  public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
      ServerCallHandler<Q, A> next) {
    String rpc = call.getMethodDescriptor().getBareMethodName();
    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
      @Override
      public void onMessage(Q message) {
        if (message instanceof Message request) {
          journal.add(rpc, Requests.sessionId(request), request);
        }
        super.onMessage(message);
      }
    };
  }
}
