package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ManagedChannel;
import java.util.Iterator;
import java.util.UUID;

/**
 * ExecutePlan through a bare gRPC stub: what the server-side benchmarks send, so that they time the
 * server and the transport, not a client library (our client has no in-process channel option).
 */
final class RawExecutions {

  private final SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub;
  private final String sessionId = UUID.randomUUID().toString();
  private final UserContext user = UserContext.newBuilder().setUserId("benchmarks").build();

  RawExecutions(ManagedChannel channel) {
    stub = SparkConnectServiceGrpc.newBlockingStub(channel);
  }

  /**
   * Runs {@code plan} to the end of its stream (not reattachable, so no release is owed).
   *
   * @return the number of rows received
   */
  long execute(Plan plan) {
    Iterator<ExecutePlanResponse> responses = stub.executePlan(ExecutePlanRequest.newBuilder()
        .setSessionId(sessionId).setUserContext(user).setOperationId(UUID.randomUUID().toString())
        .setPlan(plan).build());
    long rows = 0;
    while (responses.hasNext()) {
      ExecutePlanResponse response = responses.next();
      if (response.hasArrowBatch()) {
        rows += response.getArrowBatch().getRowCount();
      }
    }
    return rows;
  }
}
