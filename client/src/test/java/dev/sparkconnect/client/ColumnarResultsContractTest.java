package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.columnar.ColumnVector;
import dev.sparkconnect.client.columnar.ColumnarBatch;
import dev.sparkconnect.client.columnar.ColumnarBatchStream;
import dev.sparkconnect.client.columnar.ColumnarResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Results read as columns from a real server: the values are the ones the server computes and the
 * ones {@code collectAsList()} gives, batch after batch, and an iterator closed early leaves the
 * session ready for the next query.
 */
class ColumnarResultsContractTest extends RealServerTest {

  private static final long ROWS = 200_000;

  private static DataFrame numbers() {
    return spark.sql("SELECT id, id * 0.5D AS half, CAST(id % 7 AS INT) AS small,"
        + " date_add(DATE'2024-01-01', CAST(id % 1000 AS INT)) AS day,"
        + " CASE WHEN id % 10 = 0 THEN NULL ELSE concat('r', CAST(id AS STRING)) END AS label"
        + " FROM range(0, " + ROWS + ", 1, 4)");
  }

  @Test
  void fixedWidthColumnsSumToWhatTheServerComputes() {
    Row expected = numbers().selectExpr("sum(id)", "sum(half)", "sum(small)", "count(label)").collectAsList().get(0);

    ColumnarResult result = numbers().collectColumnar();

    assertThat(result.numRows()).isEqualTo(ROWS);
    assertThat(result.batches()).as("Spark sends at most 10,000 rows a batch").hasSizeGreaterThan(1);
    long ids = 0;
    double halves = 0;
    long smalls = 0;
    long labels = 0;
    for (ColumnarBatch batch : result.batches()) {
      long[] idValues = batch.column("id").getLongs(0, batch.numRows());
      for (long id : idValues) {
        ids += id;
      }
      ColumnVector half = batch.column("half");
      ColumnVector small = batch.column(2);
      ColumnVector label = batch.column("label");
      for (int row = 0; row < batch.numRows(); row++) {
        halves += half.getDouble(row);
        smalls += small.getInt(row);
        labels += label.isNullAt(row) ? 0 : 1;
      }
    }
    assertThat(ids).isEqualTo(expected.getLong(0));
    assertThat(halves).isEqualTo(expected.getDouble(1));
    assertThat(smalls).isEqualTo(expected.getLong(2));
    assertThat(labels).isEqualTo(expected.getLong(3));
  }

  @Test
  void everyValueIsTheOneCollectGives() {
    DataFrame rich = spark.sql("SELECT id, CAST(id AS DECIMAL(20, 2)) / 7 AS amount,"
        + " timestamp_micros(1700000000000000 + id * 1000003) AS at, array(id, id + 1) AS ids,"
        + " named_struct('n', id, 'day', date_add(DATE'2024-01-01', CAST(id AS INT))) AS item,"
        + " map('k', id) AS props FROM range(2500)");
    List<Row> rows = rich.collectAsList();

    ColumnarResult result = rich.collectColumnar();

    assertThat(result.schema()).isEqualTo(rich.schema());
    int index = 0;
    for (ColumnarBatch batch : result.batches()) {
      for (int row = 0; row < batch.numRows(); row++, index++) {
        assertThat(batch.getRow(row)).isEqualTo(rows.get(index));
        for (int column = 0; column < batch.numCols(); column++) {
          assertThat(batch.column(column).getObject(row)).isEqualTo(rows.get(index).get(column));
        }
      }
    }
    assertThat(index).isEqualTo(rows.size());
    ColumnarBatch first = result.batches().get(0);
    assertThat(first.column("amount").getDecimal(14)).isEqualByComparingTo(new BigDecimal("2"));
    assertThat(LocalDate.ofEpochDay(first.column("item").getChild(1).getInt(3))).isEqualTo(LocalDate.of(2024, 1, 4));
  }

  @Test
  void anIteratorClosedAfterOneBatchLeavesTheSessionReady() {
    String operationId;
    try (ColumnarBatchStream batches = spark.range(1_000_000L).toColumnarIterator()) {
      ColumnarBatch first = batches.next();
      assertThat(first.numRows()).isPositive();
      assertThat(first.column("id").getLong(0)).isZero();
      assertThat(batches.schema().fieldNames()).containsExactly("id");
      operationId = batches.operationId();
    }

    assertThat(operationId).isNotBlank();
    assertThat(spark.range(3).collectColumnar().numRows()).isEqualTo(3);
  }

  @Test
  void anEmptyResultHasTheQuerysSchema() {
    ColumnarResult result = numbers().filter("id < 0").collectColumnar();

    assertThat(result.numRows()).isZero();
    assertThat(result.schema().fieldNames()).containsExactly("id", "half", "small", "day", "label");
  }

  @Test
  void typedDatasetsReadTheirEncodedColumns() {
    Dataset<Long> ids = spark.range(100).as(Encoders.LONG());

    ColumnarResult result = ids.collectColumnar();

    long sum = 0;
    for (ColumnarBatch batch : result.batches()) {
      for (long id : batch.column(0).getLongs(0, batch.numRows())) {
        sum += id;
      }
    }
    assertThat(result.numRows()).isEqualTo(100);
    assertThat(sum).isEqualTo(4950);
  }
}
