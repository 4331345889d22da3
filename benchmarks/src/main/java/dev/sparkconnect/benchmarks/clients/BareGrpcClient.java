package dev.sparkconnect.benchmarks.clients;

import dev.sparkconnect.benchmarks.BenchmarkProperties;
import dev.sparkconnect.benchmarks.RecordedShapes;
import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.net.URI;
import java.util.Arrays;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * No client at all: a bare gRPC stub that receives the recorded result's responses and decodes
 * nothing. What it takes is the share of every client's time spent in the server and the
 * transport, which both real clients pay alike.
 */
final class BareGrpcClient implements ClientUnderTest {

  private final ManagedChannel channel;
  private final SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub;
  private final String sessionId = UUID.randomUUID().toString();
  private Plan plan;

  BareGrpcClient(String remote) {
    URI uri = URI.create(remote.replace("sc://", "http://"));
    channel = ManagedChannelBuilder.forAddress(uri.getHost(), uri.getPort()).usePlaintext()
        .maxInboundMessageSize(128 * 1024 * 1024).build();
    stub = SparkConnectServiceGrpc.newBlockingStub(channel);
  }

  @Override
  public void prepare(String sql) {
    Shape shape = Arrays.stream(Shape.values()).filter(s -> s.sql().equals(sql)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no recorded shape runs " + sql));
    plan = RecordedShapes.resultOf(BenchmarkProperties.fixtures(), shape).plan().orElseThrow();
  }

  @Override
  public long collect(Blackhole blackhole) {
    return iterate(blackhole);
  }

  @Override
  public long iterate(Blackhole blackhole) {
    Iterator<ExecutePlanResponse> responses = stub.executePlan(ExecutePlanRequest.newBuilder()
        .setSessionId(sessionId).setUserContext(UserContext.newBuilder().setUserId("benchmarks"))
        .setOperationId(UUID.randomUUID().toString()).setPlan(plan).build());
    long rows = 0;
    while (responses.hasNext()) {
      ExecutePlanResponse response = responses.next();
      rows += response.getArrowBatch().getRowCount();
      blackhole.consume(response);
    }
    return rows;
  }

  @Override
  public void close() {
    try {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
