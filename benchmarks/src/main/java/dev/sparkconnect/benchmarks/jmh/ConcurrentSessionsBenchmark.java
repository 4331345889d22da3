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
 * The latency of one small query while 64 sessions query at once, each on its own channel, as a
 * distribution (JMH's sample mode: p50, p99, maximum): the mock over loopback TCP, and the bare
 * gRPC server streaming the same responses for the floor.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConcurrentSessionsBenchmark {

  /** The server, shared by every session. */
  @State(Scope.Benchmark)
  public static class Server {
    /** Where the queries go. */
    @Param({"MOCK_TCP", "BARE_GRPC_TCP"})
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

    /** Stops the target. */
    @TearDown(Level.Trial)
    public void stop() {
      endpoint.close();
    }
  }

  /** One session: its own channel. */
  @State(Scope.Thread)
  public static class Session {
    RawExecutions executions;
    private ManagedChannel channel;

    /** Opens this session's channel and checks one query answers every row. */
    @Setup(Level.Trial)
    public void connect(Server server) {
      channel = server.endpoint.channel();
      executions = new RawExecutions(channel);
      long rows = executions.execute(server.plan);
      if (rows != Shape.SMALL.rows()) {
        channel.shutdownNow();
        throw new IllegalStateException(server.target + " answered " + rows + " rows, expected " + Shape.SMALL.rows());
      }
    }

    /** Closes this session's channel. */
    @TearDown(Level.Trial)
    public void close() throws InterruptedException {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  /** One small query of one of 64 sessions querying at once. */
  @Benchmark
  @Threads(64)
  public long sixtyFourSessions(Server server, Session session) {
    return session.executions.execute(server.plan);
  }
}
