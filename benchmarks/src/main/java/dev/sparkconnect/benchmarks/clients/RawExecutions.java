package dev.sparkconnect.benchmarks.clients;

import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.net.URI;
import java.util.Iterator;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * ExecutePlan through a bare gRPC stub: what the server-side benchmarks send, so that they time the
 * server and the transport, not a client library (our client has no in-process channel option).
 */
public final class RawExecutions {

  private final SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub;
  private final String sessionId = UUID.randomUUID().toString();
  private final UserContext user = UserContext.newBuilder().setUserId("benchmarks").build();

  /** Executions over {@code channel}, in one session of their own. */
  public RawExecutions(ManagedChannel channel) {
    stub = SparkConnectServiceGrpc.newBlockingStub(channel);
  }

  /** A plaintext channel to the server at {@code remote} ({@code sc://host:port}), taking large results. */
  public static ManagedChannel channelTo(String remote) {
    URI uri = URI.create(remote.replace("sc://", "http://"));
    return ManagedChannelBuilder.forAddress(uri.getHost(), uri.getPort()).usePlaintext()
        .maxInboundMessageSize(128 * 1024 * 1024).build();
  }

  /**
   * Runs {@code plan} to the end of its stream (not reattachable, so no release is owed).
   *
   * @return the number of rows received
   */
  public long execute(Plan plan) {
    return execute(plan, response -> { });
  }

  /** As {@link #execute(Plan)}, handing each response to {@code each} too. */
  public long execute(Plan plan, Consumer<ExecutePlanResponse> each) {
    Iterator<ExecutePlanResponse> responses = stub.executePlan(ExecutePlanRequest.newBuilder()
        .setSessionId(sessionId).setUserContext(user).setOperationId(UUID.randomUUID().toString())
        .setPlan(plan).build());
    long rows = 0;
    while (responses.hasNext()) {
      ExecutePlanResponse response = responses.next();
      each.accept(response);
      if (response.hasArrowBatch()) {
        rows += response.getArrowBatch().getRowCount();
      }
    }
    return rows;
  }
}
