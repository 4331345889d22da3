package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.benchmarks.BenchmarkProperties;
import dev.sparkconnect.benchmarks.RecordedShapes;
import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.columnar.ColumnVector;
import dev.sparkconnect.client.columnar.ColumnarBatch;
import dev.sparkconnect.client.columnar.ColumnarBatchStream;
import dev.sparkconnect.client.internal.results.ArrowJavaReader;
import dev.sparkconnect.client.internal.results.ResultResponses;
import dev.sparkconnect.client.internal.results.RowStream;
import dev.sparkconnect.proto.ExecutePlanResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
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
 * Reading the two fixed-width columns (a bigint and a double) of the SIMPLE result, responses in
 * memory, every way there is, against the physical limit: {@code System.arraycopy} of exactly the
 * bytes those columns occupy in the Arrow bodies (16 bytes a row). Each of our ways starts from
 * the responses as the server sent them, so the Arrow metadata of every batch is read too; Arrow
 * Java's own read starts from each batch's bytes already taken out of its response, which spares
 * it the protobuf step (so the ratios against it, if anything, understate ours).
 *
 * <ul>
 *   <li>{@link #copyLimit}: the limit, the columns' bytes copied from heap arrays;
 *   <li>{@link #columnarBulk}: {@code ColumnVector.copyLongs}/{@code copyDoubles} into reused arrays;
 *   <li>{@link #columnarGetters}: {@code getLong}/{@code getDouble} per row, summed;
 *   <li>{@link #rows}: the same two values through {@code Row}s, for comparison;
 *   <li>{@link #toArrow}: {@code ArrowResults.toArrow} into Arrow Java vectors, summed;
 *   <li>{@link #arrowJavaDirect}: Arrow Java reading the same batches itself, as Apache's client
 *       decodes, summed.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ColumnarReadBenchmark {

  private List<ExecutePlanResponse> responses;
  private List<byte[]> batches;
  /** Per batch: the bytes the bigint and double columns occupy, as the limit copies them. */
  private List<byte[]> columnBytes;
  private byte[] copyTarget;
  private long[] longs;
  private double[] doubles;
  private BufferAllocator allocator;
  private long expectedSum;

  /** Loads the SIMPLE result and checks every way of reading it gives the same sum. */
  @Setup(Level.Trial)
  public void load() throws IOException {
    var fixture = RecordedShapes.resultOf(BenchmarkProperties.fixtures(), Shape.SIMPLE);
    responses = fixture.responses();
    batches = fixture.arrowBatches();
    columnBytes = new ArrayList<>();
    int largest = 0;
    for (byte[] data : batches) {
      for (ArrowRecordBatch batch : ArrowStreamReader.read(data).batches()) {
        int rows = batch.rowCount();
        ByteBuffer bytes = ByteBuffer.allocate(rows * 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int row = 0; row < rows; row++) {
          bytes.putLong(batch.column(0).getLong(row));
        }
        for (int row = 0; row < rows; row++) {
          bytes.putDouble(batch.column(1).getDouble(row));
        }
        columnBytes.add(bytes.array());
        largest = Math.max(largest, rows);
      }
    }
    copyTarget = new byte[largest * 16];
    longs = new long[largest];
    doubles = new double[largest];
    allocator = new RootAllocator();
    expectedSum = columnarGetters();
    check("columnarBulk", readBulk(true));
    check("rows", rows());
    check("toArrow", toArrow());
    check("arrowJavaDirect", arrowJavaDirect());
  }

  private void check(String way, long sum) {
    if (sum != expectedSum) {
      throw new IllegalStateException(way + " read a sum of " + sum + ", the columnar getters " + expectedSum);
    }
  }

  /** The physical limit: the two columns' bytes copied, batch by batch. */
  @Benchmark
  public long copyLimit() {
    long copied = 0;
    for (byte[] bytes : columnBytes) {
      System.arraycopy(bytes, 0, copyTarget, 0, bytes.length);
      copied += copyTarget[bytes.length - 1];
    }
    return copied;
  }

  /** Our columnar view, bulk: each batch's two columns copied into reused arrays. */
  @Benchmark
  public long columnarBulk() {
    return readBulk(false);
  }

  /**
   * Copies every batch's columns into the reused arrays; returns the sum of every value copied if
   * {@code sumAll} (to check the copies), else of the last ones (what the benchmark keeps live).
   */
  private long readBulk(boolean sumAll) {
    long longSum = 0;
    double doubleSum = 0;
    try (ColumnarBatchStream stream = new ColumnarBatchStream(new InMemoryResponses(responses))) {
      while (stream.hasNext()) {
        ColumnarBatch batch = stream.next();
        int rows = batch.numRows();
        batch.column(0).copyLongs(0, longs, 0, rows);
        batch.column(1).copyDoubles(0, doubles, 0, rows);
        for (int row = sumAll ? 0 : rows - 1; row < rows; row++) {
          longSum += longs[row];
          doubleSum += doubles[row];
        }
      }
    }
    return longSum + (long) doubleSum;
  }

  /** Our columnar view, one value at a time through the primitive getters, summed. */
  @Benchmark
  public long columnarGetters() {
    long longSum = 0;
    double doubleSum = 0;
    try (ColumnarBatchStream stream = new ColumnarBatchStream(new InMemoryResponses(responses))) {
      while (stream.hasNext()) {
        ColumnarBatch batch = stream.next();
        ColumnVector ids = batch.column(0);
        ColumnVector halves = batch.column(1);
        for (int row = 0, rows = batch.numRows(); row < rows; row++) {
          longSum += ids.getLong(row);
          doubleSum += halves.getDouble(row);
        }
      }
    }
    return longSum + (long) doubleSum;
  }

  /** The same two values through our {@code Row}s. */
  @Benchmark
  public long rows() {
    long longSum = 0;
    double doubleSum = 0;
    try (RowStream rows = new RowStream(new InMemoryResponses(responses))) {
      while (rows.hasNext()) {
        Row row = rows.next();
        longSum += row.getLong(0);
        doubleSum += row.getDouble(1);
      }
    }
    return longSum + (long) doubleSum;
  }

  /** {@code toArrow()}: the result into Arrow Java vectors, summed from them. */
  @Benchmark
  public long toArrow() throws IOException {
    long longSum = 0;
    double doubleSum = 0;
    try (ArrowReader reader = ArrowJavaReader.read(new ResultResponses(new InMemoryResponses(responses)), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      while (reader.loadNextBatch()) {
        BigIntVector ids = (BigIntVector) root.getVector(0);
        Float8Vector halves = (Float8Vector) root.getVector(1);
        for (int row = 0, rows = root.getRowCount(); row < rows; row++) {
          longSum += ids.get(row);
          doubleSum += halves.get(row);
        }
      }
    }
    return longSum + (long) doubleSum;
  }

  /** Arrow Java reading the batches itself, as Apache's client does, summed. */
  @Benchmark
  public long arrowJavaDirect() throws IOException {
    long longSum = 0;
    double doubleSum = 0;
    for (byte[] batch : batches) {
      try (org.apache.arrow.vector.ipc.ArrowStreamReader reader =
               new org.apache.arrow.vector.ipc.ArrowStreamReader(new ByteArrayInputStream(batch), allocator)) {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        while (reader.loadNextBatch()) {
          BigIntVector ids = (BigIntVector) root.getVector(0);
          Float8Vector halves = (Float8Vector) root.getVector(1);
          for (int row = 0, rows = root.getRowCount(); row < rows; row++) {
            longSum += ids.get(row);
            doubleSum += halves.get(row);
          }
        }
      }
    }
    return longSum + (long) doubleSum;
  }

  /** Frees Arrow Java's allocator, which must hold nothing by now. */
  @TearDown(Level.Trial)
  public void close() {
    if (allocator.getAllocatedMemory() != 0) {
      throw new IllegalStateException(allocator.getAllocatedMemory() + " bytes of Arrow Java memory not released");
    }
    allocator.close();
  }
}
