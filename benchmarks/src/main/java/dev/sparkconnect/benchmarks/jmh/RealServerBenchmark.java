package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.benchmarks.BenchmarkProperties;
import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.benchmarks.clients.ClientUnderTest;
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
 * The decoding queries end to end against the real local Spark server: Spark computes the rows
 * each time, so this is what a user waits for, and how much of it is the client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RealServerBenchmark {

  /** The result's shape: SIMPLE (2M rows of plain columns) or RICH (500k rows of nested and exact types). */
  @Param({"SIMPLE", "RICH"})
  public Shape shape;

  /** The client that reads the result. */
  @Param({"OURS", "APACHE"})
  public ClientUnderTest.Kind client;

  private ClientUnderTest session;

  /** Connects to the real local server and checks the client reads every row once. */
  @Setup(Level.Trial)
  public void connect() {
    session = client.connect(BenchmarkProperties.realServer());
    session.prepare(shape.sql());
    RowCounts.check(session, shape);
  }

  /** The whole result as a list, every cell read. */
  @Benchmark
  public long collectAsList(Blackhole blackhole) {
    return session.collect(blackhole);
  }

  /** Closes the session. */
  @TearDown(Level.Trial)
  public void close() {
    session.close();
  }
}
