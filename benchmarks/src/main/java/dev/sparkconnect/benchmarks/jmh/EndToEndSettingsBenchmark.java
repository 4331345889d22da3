package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.benchmarks.BenchmarkProperties;
import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.columnar.ColumnarBatch;
import dev.sparkconnect.client.columnar.ColumnarBatchStream;
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

/**
 * What the client can still change end to end against the real local server: the SIMPLE result
 * (2M rows) read with each setting a client controls, by rows ({@code collectAsList}, every cell
 * read) and by columns (the bulk reads, which take decoding out of the way so that the server and
 * the transport are what is left).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EndToEndSettingsBenchmark {

  /** A setting the client controls. */
  public enum Setting {
    /** The client's defaults: chunking allowed at the server's chunk size, Spark's 10,000 rows a batch. */
    DEFAULTS,
    /** Arrow batches of up to 100,000 rows ({@code spark.sql.execution.arrow.maxRecordsPerBatch}). */
    BATCHES_OF_100K_ROWS,
    /** Arrow batches of up to 1,000 rows. */
    BATCHES_OF_1K_ROWS,
    /** Chunked Arrow batches refused: each batch arrives as one message. */
    NO_CHUNKING,
    /** Chunks of about 256 KiB asked for. */
    CHUNKS_OF_256K,
    /**
     * Results compressed with zstd ({@code spark.sql.execution.arrow.compression.codec}, Spark 4.2).
     * LZ4 is not measured: Spark's server compresses LZ4 frames with commons-compress's pure-Java
     * compressor, which spent over 20 minutes of CPU on one task of this result (2026-12-03).
     */
    ZSTD_COMPRESSED
  }

  /** The setting measured. */
  @Param({"DEFAULTS", "BATCHES_OF_100K_ROWS", "BATCHES_OF_1K_ROWS", "NO_CHUNKING", "CHUNKS_OF_256K", "ZSTD_COMPRESSED"})
  public Setting setting;

  private SparkSession spark;
  private DataFrame query;

  /** Connects with the setting and checks the result has every row. */
  @Setup(Level.Trial)
  public void connect() {
    SparkSession.Builder builder = SparkSession.builder().remote(BenchmarkProperties.realServer());
    if (setting == Setting.NO_CHUNKING) {
      builder.arrowChunking(false, 0);
    } else if (setting == Setting.CHUNKS_OF_256K) {
      builder.arrowChunking(true, 256 * 1024);
    }
    spark = builder.create();
    if (setting == Setting.BATCHES_OF_100K_ROWS) {
      spark.conf().set("spark.sql.execution.arrow.maxRecordsPerBatch", "100000");
    } else if (setting == Setting.BATCHES_OF_1K_ROWS) {
      spark.conf().set("spark.sql.execution.arrow.maxRecordsPerBatch", "1000");
    } else if (setting == Setting.ZSTD_COMPRESSED) {
      spark.conf().set("spark.sql.execution.arrow.compression.codec", "zstd");
    }
    query = spark.sql(Shape.SIMPLE.sql());
    long rows = columns();
    if (rows != Shape.SIMPLE.rows() || query.collectAsList().size() != rows) {
      throw new IllegalStateException(setting + ": read " + rows + " rows, expected " + Shape.SIMPLE.rows());
    }
  }

  /** The whole result as rows, every cell read. */
  @Benchmark
  public long rows() {
    long cells = 0;
    for (var row : query.collectAsList()) {
      cells += row.getLong(0) + (row.getBoolean(3) ? 1 : 0) + row.getString(2).length() + (long) row.getDouble(1);
    }
    return cells;
  }

  /** The whole result batch by batch, the fixed-width columns copied out: the transport's share. */
  @Benchmark
  public long columns() {
    long rows = 0;
    long[] ids = new long[0];
    try (ColumnarBatchStream batches = query.toColumnarIterator()) {
      while (batches.hasNext()) {
        ColumnarBatch batch = batches.next();
        if (ids.length < batch.numRows()) {
          ids = new long[batch.numRows()];
        }
        batch.column(0).copyLongs(0, ids, 0, batch.numRows());
        rows += batch.numRows();
      }
    }
    return rows;
  }

  /** Closes the session. */
  @TearDown(Level.Trial)
  public void close() {
    spark.close();
  }
}
