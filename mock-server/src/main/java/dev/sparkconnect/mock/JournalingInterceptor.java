package dev.sparkconnect.mock;

import com.google.protobuf.Message;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.KeyValue;
import dev.sparkconnect.protocol.secrets.SecretKeys;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Writes every request message into a {@link Journal} as it arrives, before any RPC handles it,
 * whatever the RPC (every message of a client stream such as AddArtifacts too). Headers are never
 * journaled, so tokens never are; nor the value of a setting whose name is a secret
 * ({@link SecretKeys}: Spark's {@code spark.redaction.regex}), which a {@code Config} request
 * carries, and which the journal holds as Spark's redaction mark. The mock server and the recording proxy both journal through
 * it; put it in front of any other Spark Connect service to journal that one too.
 */
public final class JournalingInterceptor implements ServerInterceptor {

  private final Journal journal;

  /** Journals into {@code journal}. */
  public JournalingInterceptor(Journal journal) {
    this.journal = journal;
  }

  private static Message withSecretsHidden(Message request) {
    if (!(request instanceof ConfigRequest config) || !config.getOperation().hasSet()) {
      return request;
    }
    ConfigRequest.Set.Builder set = config.getOperation().getSet().toBuilder();
    boolean hidden = false;
    for (int i = 0; i < set.getPairsCount(); i++) {
      KeyValue pair = set.getPairs(i);
      if (pair.hasValue() && SecretKeys.standard().isSecret(pair.getKey())) {
        set.setPairs(i, pair.toBuilder().setValue(SecretKeys.REDACTED));
        hidden = true;
      }
    }
    if (!hidden) {
      return request;
    }
    return config.toBuilder().setOperation(config.getOperation().toBuilder().setSet(set)).build();
  }

  @Override
  public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
      ServerCallHandler<Q, A> next) {
    String rpc = call.getMethodDescriptor().getBareMethodName();
    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
      @Override
      public void onMessage(Q message) {
        if (message instanceof Message request) {
          journal.add(rpc, Requests.sessionId(request), withSecretsHidden(request));
        }
        super.onMessage(message);
      }
    };
  }
}
