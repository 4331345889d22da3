package dev.sparkconnect.lambdas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Encoders;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.StreamingQueryException;
import dev.sparkconnect.client.streaming.StreamingQuery;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.ForeachWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A streaming query's own Java code on a real server: {@code foreachBatch} with a function of
 * Spark's {@code Dataset} writing each micro-batch to a table, a failing batch function ending the
 * query with its message, and {@code foreach} with Spark {@code ForeachWriter}s of rows and of typed
 * values, whose output (files the writers append to) the test reads back.
 */
@Tag("real-server")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamingFunctionsContractTest {

  @TempDir
  Path dir;

  private SparkSession spark;
  private final List<StreamingQuery> started = new ArrayList<>();

  @BeforeAll
  void openSession() {
    spark = SparkSession.builder().remote(LocalSparkConnectServer.shared().remote()).create();
    spark.conf().set("spark.sql.shuffle.partitions", "2");
  }

  @AfterAll
  void closeSession() {
    spark.sql("DROP TABLE IF EXISTS batches_sink");
    spark.close();
  }

  @AfterEach
  void stopTheQueries() {
    started.forEach(StreamingQuery::stop);
    spark.streams().resetTerminated();
  }

  private StreamingQuery track(StreamingQuery query) {
    started.add(query);
    return query;
  }

  /** A folder of text files, one line per value, as a streaming source. */
  private DataFrame lines(String folder, String... files) throws IOException {
    Path incoming = dir.resolve(folder);
    Files.createDirectories(incoming);
    long now = System.currentTimeMillis();
    for (int i = 0; i < files.length; i++) {
      // The file source reads the oldest first: each file a second newer than the one before.
      Path file = Files.writeString(incoming.resolve(i + ".txt"), files[i]);
      Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(now - 60_000 + i * 1_000L));
    }
    return spark.readStream().option("maxFilesPerTrigger", 1).text(incoming.toString());
  }

  @Test
  void foreachBatchWritesEveryMicroBatchToATableWithItsId() throws IOException {
    spark.sql("DROP TABLE IF EXISTS batches_sink");
    StreamingQuery query = track(lines("batches", "a\nb\n", "c\n", "d\ne\nf\n").writeStream()
        .foreachBatch((Dataset<Row> batch, Long batchId) -> batch.withColumn("batch", functions.lit(batchId))
            .write().mode("append").saveAsTable("batches_sink"))
        .option("checkpointLocation", dir.resolve("batches-checkpoint").toString())
        .start());

    query.processAllAvailable();

    assertThat(spark.sql("SELECT batch, concat_ws(',', sort_array(collect_list(value))) FROM batches_sink "
        + "GROUP BY batch ORDER BY batch").collectAsList()).extracting(Object::toString)
        .containsExactly("[0,a,b]", "[1,c]", "[2,d,e,f]");
  }

  @Test
  void aFailingBatchFunctionEndsTheQueryWithItsMessage() throws IOException {
    VoidFunction2<Dataset<Row>, Long> failing = (batch, batchId) -> {
      throw new IllegalStateException("batch " + batchId + " refused by the test");
    };
    StreamingQuery query = track(lines("refused", "x\n").writeStream().foreachBatch(failing).start());

    assertThatThrownBy(() -> query.awaitTermination(60_000)).isInstanceOf(StreamingQueryException.class)
        .hasMessageContaining("batch 0 refused by the test");
  }

  @Test
  void foreachHandsEveryRowToASparkForeachWriter() throws IOException {
    Path out = dir.resolve("rows-out");
    Files.createDirectories(out);
    StreamingQuery query = track(lines("rows", "r1\nr2\n", "r3\n").writeStream()
        .foreach(new LinesWriter<Row>(out.toString())).start());

    query.processAllAvailable();

    assertThat(written(out)).containsExactlyInAnyOrder("[r1]", "[r2]", "[r3]");
  }

  @Test
  void foreachOfATypedDatasetGetsItsValues() throws IOException {
    Path out = dir.resolve("typed-out");
    Files.createDirectories(out);
    StreamingQuery query = track(lines("typed", "t1\nt2\n").as(Encoders.STRING()).writeStream()
        .foreach(new LinesWriter<String>(out.toString())).start());

    query.processAllAvailable();

    assertThat(written(out)).containsExactlyInAnyOrder("t1", "t2");
  }

  @Test
  void aBatchFunctionOfThisClientsDatasetIsRefusedBeforeSending() throws IOException {
    DataFrame source = lines("refused-early", "x\n");
    assertThatThrownBy(() -> source.writeStream().foreachBatch(
        (dev.sparkconnect.client.Dataset<dev.sparkconnect.client.Row> batch, Long batchId) -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("org.apache.spark.sql.Dataset<Row>")
        .hasMessageContaining("dev.sparkconnect.client.Dataset");
    assertThatThrownBy(() -> source.writeStream().foreach("not a writer"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ForeachWriter");
  }

  private static List<String> written(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.toList()) {
        lines.addAll(Files.readAllLines(file));
      }
    }
    return lines;
  }

  /** Appends every value it is given, as text, to a file per partition and epoch in {@code folder}. */
  public static final class LinesWriter<T> extends ForeachWriter<T> {
    private final String folder;
    private transient Path file;

    LinesWriter(String folder) {
      this.folder = folder;
    }

    @Override
    public boolean open(long partitionId, long epochId) {
      file = Path.of(folder, partitionId + "-" + epochId + ".txt");
      return true;
    }

    @Override
    public void process(T value) {
      try {
        Files.writeString(file, value + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void close(Throwable error) {}
  }
}
