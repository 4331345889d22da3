package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.benchmarks.BenchmarkProperties;
import dev.sparkconnect.benchmarks.RecordedShapes;
import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.benchmarks.clients.RawExecutions;
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.proto.Plan;
import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How soon a test can use the mock server: from building it on a fixture folder to the first
 * ExecutePlan answered, in-process. Each invocation starts a new server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MockStartBenchmark {

  private Path folder;
  private Plan plan;
  private MockSparkConnectServer server;
  private ManagedChannel channel;

  /** Finds the small shape's recording and its plan. */
  @Setup(Level.Trial)
  public void locate() {
    folder = RecordedShapes.folderOf(BenchmarkProperties.fixtures(), Shape.SMALL);
    plan = RecordedShapes.resultOf(BenchmarkProperties.fixtures(), Shape.SMALL).plan().orElseThrow();
  }

  /** A fresh in-process mock server, from start() to the rows of its first ExecutePlan. */
  @Benchmark
  public long startToFirstAnswer() {
    String name = "mock-start-" + UUID.randomUUID();
    server = MockSparkConnectServer.builder().fixtures(folder).inProcess(name).start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    return new RawExecutions(channel).execute(plan);
  }

  /** Stops the channel and the server, outside the measured time. */
  @TearDown(Level.Invocation)
  public void stop() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.close();
  }
}
