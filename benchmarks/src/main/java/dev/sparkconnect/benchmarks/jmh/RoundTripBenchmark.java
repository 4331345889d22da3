package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.benchmarks.BenchmarkProperties;
import dev.sparkconnect.benchmarks.RecordedShapes;
import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.benchmarks.clients.RawExecutions;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.proto.Plan;
import io.grpc.ManagedChannel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * ExecutePlan round trips per second for a ten-row result: the mock server in-process and over
 * loopback TCP, a bare gRPC server streaming the same responses over TCP (the floor the mock is
 * held to), and the real local server over TCP for scale, with 1 and 16 clients at once (each
 * client its own channel and session).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RoundTripBenchmark {

  /** The server, shared by every client thread. */
  @State(Scope.Benchmark)
  public static class Server {
    /** Where the round trips go. */
    @Param({"MOCK_IN_PROCESS", "MOCK_TCP", "BARE_GRPC_TCP", "REAL_SERVER_TCP"})
    public RoundTripTarget target;

    Plan plan;
    private RoundTripTarget.Endpoint endpoint;

    /** Starts the target. */
    @Setup(Level.Trial)
    public void start() {
      Fixture small = RecordedShapes.resultOf(BenchmarkProperties.fixtures(), Shape.SMALL);
      plan = small.plan().orElseThrow();
      endpoint = target.start(small);
    }

    ManagedChannel channel() {
      return endpoint.channel();
    }

    /** Stops the target. */
    @TearDown(Level.Trial)
    public void stop() {
      endpoint.close();
    }
  }

  /** One client: its own channel and session. */
  @State(Scope.Thread)
  public static class Client {
    RawExecutions executions;
    private ManagedChannel channel;

    /** Opens this client's channel and checks one round trip answers every row. */
    @Setup(Level.Trial)
    public void connect(Server server) {
      channel = server.channel();
      executions = new RawExecutions(channel);
      long rows = executions.execute(server.plan);
      if (rows != Shape.SMALL.rows()) {
        channel.shutdownNow();
        throw new IllegalStateException(server.target + " answered " + rows + " rows, expected " + Shape.SMALL.rows());
      }
    }

    /** Closes this client's channel. */
    @TearDown(Level.Trial)
    public void close() throws InterruptedException {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  /** Round trips of one client alone. */
  @Benchmark
  @Threads(1)
  public long oneClient(Server server, Client client) {
    return client.executions.execute(server.plan);
  }

  /** Round trips of sixteen clients at once, each on its own channel. */
  @Benchmark
  @Threads(16)
  public long sixteenClients(Server server, Client client) {
    return client.executions.execute(server.plan);
  }
}
