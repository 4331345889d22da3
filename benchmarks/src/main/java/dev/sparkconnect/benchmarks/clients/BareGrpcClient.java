package dev.sparkconnect.benchmarks.clients;

import dev.sparkconnect.benchmarks.BenchmarkProperties;
import dev.sparkconnect.benchmarks.RecordedShapes;
import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.proto.Plan;
import io.grpc.ManagedChannel;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * No client at all: a bare gRPC stub that receives the recorded result's responses and decodes
 * nothing. What it takes is the share of every client's time spent in the server and the
 * transport, which both real clients pay alike.
 */
final class BareGrpcClient implements ClientUnderTest {

  private final ManagedChannel channel;
  private final RawExecutions executions;
  private Plan plan;

  BareGrpcClient(String remote) {
    channel = RawExecutions.channelTo(remote);
    executions = new RawExecutions(channel);
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
    return executions.execute(plan, blackhole::consume);
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
