package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.benchmarks.BenchmarkProperties;
import dev.sparkconnect.benchmarks.RecordedShapes;
import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.results.ResultCollector;
import dev.sparkconnect.client.internal.results.RowStream;
import dev.sparkconnect.proto.ExecutePlanResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
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
 * Decoding alone, with the network taken away: the recorded responses in memory, read row by row
 * by our client's result reader into {@code Row}s (none kept, so this is decoding, not garbage
 * collection), beside Apache Arrow Java reading every cell of the
 * same batches straight from its vectors ({@code getObject}), which is as fast as a value can be had
 * without a row object around it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeInMemoryBenchmark {

  /** The result's shape: SIMPLE (2M rows of plain columns) or RICH (500k rows of nested and exact types). */
  @Param({"SIMPLE", "RICH"})
  public Shape shape;

  private List<ExecutePlanResponse> responses;
  private List<byte[]> batches;
  private BufferAllocator allocator;

  /** Loads the shape's recorded responses and checks our decoder reads every row once. */
  @Setup(Level.Trial)
  public void load() {
    var fixture = RecordedShapes.resultOf(BenchmarkProperties.fixtures(), shape);
    responses = fixture.responses();
    batches = fixture.arrowBatches();
    allocator = new RootAllocator();
    long rows = ResultCollector.collect(new InMemoryResponses(responses)).rows().size();
    if (rows != shape.rows()) {
      throw new IllegalStateException(shape + ": decoded " + rows + " rows, expected " + shape.rows());
    }
  }

  /** Our client's decoder: Arrow batches to {@code Row}s of exact Java values, every cell read. */
  @Benchmark
  public long ourRows(Blackhole blackhole) {
    long count = 0;
    try (RowStream rows = new RowStream(new InMemoryResponses(responses))) {
      while (rows.hasNext()) {
        Row row = rows.next();
        for (int i = 0, n = row.size(); i < n; i++) {
          blackhole.consume(row.get(i));
        }
        count++;
      }
    }
    return count;
  }

  /** Apache Arrow Java: every cell read from its vector, no row objects. */
  @Benchmark
  public long arrowJavaVectors(Blackhole blackhole) throws IOException {
    long rows = 0;
    for (byte[] batch : batches) {
      try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(batch), allocator)) {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        while (reader.loadNextBatch()) {
          int count = root.getRowCount();
          List<FieldVector> vectors = root.getFieldVectors();
          for (int row = 0; row < count; row++) {
            for (FieldVector vector : vectors) {
              blackhole.consume(vector.getObject(row));
            }
          }
          rows += count;
        }
      }
    }
    return rows;
  }

  /** Frees Arrow Java's allocator. */
  @TearDown(Level.Trial)
  public void close() {
    allocator.close();
  }
}
