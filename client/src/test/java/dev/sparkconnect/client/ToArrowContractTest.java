package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link ArrowResults#toArrow} against a real server: Apache Arrow Java's own vectors hold the values the
 * server computes, in buffers from the caller's allocator, all of which are released when the
 * reader is closed, whether it was read to the end or not.
 *
 * <p>Arrow Java needs {@code --add-opens=java.base/java.nio=ALL-UNNAMED}; the client's other tests
 * run without any flag, so this class, tagged {@code arrow-java}, runs in a test JVM of its own
 * (see the client's POM).
 */
@Tag("arrow-java")
class ToArrowContractTest extends RealServerTest {

  private static final long ROWS = 100_000;
  private BufferAllocator allocator;

  @BeforeEach
  void openAllocator() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void everyBufferWasReleased() {
    assertThat(allocator.getAllocatedMemory()).as("bytes still allocated after the reader closed").isZero();
    allocator.close();
  }

  private static DataFrame numbers() {
    return spark.sql("SELECT id, id * 0.5D AS half, concat('r', CAST(id AS STRING)) AS label,"
        + " date_add(DATE'2024-01-01', CAST(id % 1000 AS INT)) AS day, timestamp_micros(id) AS at"
        + " FROM range(0, " + ROWS + ", 1, 3)");
  }

  @Test
  void arrowJavaVectorsHoldTheValuesTheServerComputes() throws Exception {
    Row expected = numbers().selectExpr("sum(id)", "sum(half)", "sum(length(label))").collectAsList().get(0);
    long ids = 0;
    double halves = 0;
    long labelBytes = 0;
    long rows = 0;
    int batches = 0;

    try (ArrowReader reader = ArrowResults.toArrow(numbers(), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertThat(root.getSchema().getFields()).extracting(field -> field.getName())
          .containsExactly("id", "half", "label", "day", "at");
      assertThat(root.getSchema().findField("at").getType())
          .isEqualTo(new ArrowType.Timestamp(org.apache.arrow.vector.types.TimeUnit.MICROSECOND, "UTC"));
      while (reader.loadNextBatch()) {
        batches++;
        BigIntVector id = (BigIntVector) root.getVector("id");
        Float8Vector half = (Float8Vector) root.getVector("half");
        VarCharVector label = (VarCharVector) root.getVector("label");
        DateDayVector day = (DateDayVector) root.getVector("day");
        TimeStampMicroTZVector at = (TimeStampMicroTZVector) root.getVector("at");
        for (int row = 0; row < root.getRowCount(); row++) {
          ids += id.get(row);
          halves += half.get(row);
          labelBytes += label.get(row).length;
          assertThat(day.get(row)).isEqualTo(19723 + (int) (id.get(row) % 1000));
          assertThat(at.get(row)).isEqualTo(id.get(row));
        }
        rows += root.getRowCount();
      }
      assertThat(reader.bytesRead()).isPositive();
    }

    assertThat(rows).isEqualTo(ROWS);
    assertThat(batches).isGreaterThan(1);
    assertThat(ids).isEqualTo(expected.getLong(0));
    assertThat(halves).isEqualTo(expected.getDouble(1));
    assertThat(labelBytes).isEqualTo(expected.getLong(2));
  }

  @Test
  void closingAfterOneBatchReleasesEverythingAndTheSessionGoesOn() throws Exception {
    try (ArrowReader reader = ArrowResults.toArrow(spark.range(1_000_000L), allocator)) {
      assertThat(reader.loadNextBatch()).isTrue();
      assertThat(((BigIntVector) reader.getVectorSchemaRoot().getVector(0)).get(0)).isZero();
    }

    assertThat(spark.range(4).collectAsList()).hasSize(4);
  }

  @Test
  void anEmptyResultHasItsSchemaAndNoRows() throws Exception {
    try (ArrowReader reader = ArrowResults.toArrow(numbers().filter("id < 0"), allocator)) {
      assertThat(reader.getVectorSchemaRoot().getSchema().getFields()).hasSize(5);
      long rows = 0;
      while (reader.loadNextBatch()) {
        rows += reader.getVectorSchemaRoot().getRowCount();
      }
      assertThat(rows).isZero();
    }
  }

  @Test
  void aTypedDatasetAndNestedValuesComeAsArrowJavaReadsThem() throws Exception {
    Dataset<Long> ids = spark.range(10).as(Encoders.LONG());
    long sum = 0;
    try (ArrowReader reader = ArrowResults.toArrow(ids, allocator)) {
      while (reader.loadNextBatch()) {
        BigIntVector id = (BigIntVector) reader.getVectorSchemaRoot().getVector(0);
        for (int row = 0; row < id.getValueCount(); row++) {
          sum += id.get(row);
        }
      }
    }
    assertThat(sum).isEqualTo(45);
    DataFrame nested = spark.sql("SELECT array(1L, 2L) AS a, named_struct('x', 'y') AS s");
    try (ArrowReader reader = ArrowResults.toArrow(nested, allocator)) {
      assertThat(reader.loadNextBatch()).isTrue();
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertThat(root.getVector("a").getObject(0)).isEqualTo(List.of(1L, 2L));
      assertThat(root.getVector("s").getObject(0).toString()).isEqualTo("{\"x\":\"y\"}");
    }
  }

  @Test
  void aServerErrorReachesTheCallerAsTheClientsTypedError() {
    assertThatThrownBy(() -> {
      try (ArrowReader reader = ArrowResults.toArrow(spark.sql("SELECT raise_error('no arrow for you')"), allocator)) {
        reader.loadNextBatch();
      }
    }).hasMessageContaining("no arrow for you");
  }
}
