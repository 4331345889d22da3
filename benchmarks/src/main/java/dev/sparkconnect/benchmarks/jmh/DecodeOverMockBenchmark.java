package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.benchmarks.BenchmarkProperties;
import dev.sparkconnect.benchmarks.RecordedShapes;
import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.benchmarks.clients.ClientUnderTest;
import dev.sparkconnect.mock.MockSparkConnectServer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Result decoding as a user sees it: a recorded result served by our mock server on loopback TCP,
 * read whole and row by row, by our client and by Apache Spark's, and received by a bare gRPC stub
 * that decodes nothing (the server's and the transport's share of both). Time per query; the
 * harness turns it into rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeOverMockBenchmark {

  /** The result's shape: SIMPLE (2M rows of plain columns) or RICH (500k rows of nested and exact types). */
  @Param({"SIMPLE", "RICH"})
  public Shape shape;

  /** The client that reads the result. */
  @Param({"OURS", "APACHE", "BARE_GRPC"})
  public ClientUnderTest.Kind client;

  private MockSparkConnectServer server;
  private ClientUnderTest session;

  /** Starts the mock server on the shape's recording and checks the client reads every row once. */
  @Setup(Level.Trial)
  public void start() {
    server = MockSparkConnectServer.builder()
        .fixtures(RecordedShapes.folderOf(BenchmarkProperties.fixtures(), shape)).port(0).start();
    session = client.connect(server.remote());
    session.prepare(shape.sql());
    RowCounts.check(session, shape);
  }

  /** The whole result as a list, every cell read. */
  @Benchmark
  public long collectAsList(Blackhole blackhole) {
    return session.collect(blackhole);
  }

  /** The result row by row through the client's iterator, every cell read. */
  @Benchmark
  public long toLocalIterator(Blackhole blackhole) {
    return session.iterate(blackhole);
  }

  /** Closes the session and the server. */
  @TearDown(Level.Trial)
  public void stop() {
    session.close();
    server.close();
  }
}
