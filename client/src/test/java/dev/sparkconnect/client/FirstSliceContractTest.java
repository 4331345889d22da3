package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.errors.AnalysisException;
import dev.sparkconnect.client.errors.ParseException;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.localserver.SparkDistribution;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first slice of the client against a real Spark Connect server. */
class FirstSliceContractTest extends RealServerTest {


  @Test
  void reportsTheServerVersion() {
    assertThat(spark.version()).isEqualTo(SparkDistribution.DEFAULT_VERSION);
  }

  @Test
  void basicTypesRoundTripWithExactJavaClasses() {
    DataFrame df = spark.sql("SELECT true AS b, CAST(-128 AS TINYINT) AS i8, CAST(32767 AS SMALLINT) AS i16, "
        + "2147483647 AS i32, -9223372036854775808 AS i64, CAST(1.5 AS FLOAT) AS f32, "
        + "CAST('NaN' AS DOUBLE) AS f64, 'héllo wörld ✓' AS s, CAST(NULL AS INT) AS n");
    List<Row> rows = df.collectAsList();

    assertThat(rows).hasSize(1);
    Row row = rows.get(0);
    assertThat(row.size()).isEqualTo(9);
    assertThat(row.get(0)).isEqualTo(Boolean.TRUE);
    assertThat(row.get(1)).isEqualTo((byte) -128);
    assertThat(row.get(2)).isEqualTo((short) 32767);
    assertThat(row.get(3)).isEqualTo(2147483647);
    assertThat(row.get(4)).isEqualTo(Long.MIN_VALUE);
    assertThat(row.get(5)).isEqualTo(1.5f);
    assertThat((Double) row.get(6)).isNaN();
    assertThat(row.get(7)).isEqualTo("héllo wörld ✓");
    assertThat(row.get(8)).isNull();
    assertThat(row.isNullAt(8)).isTrue();
    assertThat(row.<String>getAs("s")).isEqualTo("héllo wörld ✓");
    assertThat(df.columns()).containsExactly("b", "i8", "i16", "i32", "i64", "f32", "f64", "s", "n");
    assertThat(row.schema().apply(4).dataType()).isEqualTo(DataTypes.LongType);
  }

  @Test
  void nullsInEveryBasicTypeSurviveAlongsideValues() {
    List<Row> rows = spark.sql("SELECT * FROM VALUES "
        + "(true, CAST(1 AS TINYINT), CAST(2 AS SMALLINT), 3, CAST(4 AS BIGINT), CAST(5.5 AS FLOAT), 6.25D, 'x'), "
        + "(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL) AS t(b, i8, i16, i32, i64, f32, f64, s)")
        .collectAsList();

    assertThat(rows).containsExactly(
        Row.of(true, (byte) 1, (short) 2, 3, 4L, 5.5f, 6.25d, "x"),
        Row.of(null, null, null, null, null, null, null, null));
  }

  @Test
  void anEmptyResultHasItsSchemaAndNoRows() {
    DataFrame empty = spark.sql("SELECT id, CAST(id AS STRING) AS name FROM range(10) WHERE id < 0");

    assertThat(empty.collectAsList()).isEmpty();
    assertThat(empty.count()).isZero();
    assertThat(empty.schema()).isEqualTo(new StructType()
        .add("id", DataTypes.LongType, false)
        .add("name", DataTypes.StringType, false));
  }

  @Test
  void aMillionRowsArriveInOrderOverSeveralArrowBatches() {
    DataFrame million = spark.range(1_000_000);

    List<Row> rows = million.collectAsList();

    assertThat(rows).hasSize(1_000_000);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getLong(0) != i) {
        throw new AssertionError("row " + i + " holds " + rows.get(i));
      }
    }
    assertThat(arrowBatchesOf(Plan.newBuilder().setRoot(million.plan()).build())).isGreaterThan(1);
    assertThat(million.count()).isEqualTo(1_000_000L);
  }

  @Test
  void rangeWithStartEndAndStep() {
    assertThat(spark.range(10, 20, 3).collectAsList())
        .containsExactly(Row.of(10L), Row.of(13L), Row.of(16L), Row.of(19L));
    assertThat(spark.range(0, 100, 1, 4).count()).isEqualTo(100);
    assertThat(spark.range(5).columns()).containsExactly("id");
  }

  @Test
  void anAnalysisErrorCarriesItsConditionAndSqlState() {
    assertThatThrownBy(() -> spark.sql("SELECT no_such_column FROM range(1)").collectAsList())
        .isInstanceOf(AnalysisException.class)
        .isNotInstanceOf(ParseException.class)
        .hasMessageContaining("no_such_column")
        .satisfies(e -> {
          AnalysisException error = (AnalysisException) e;
          assertThat(error.getCondition()).isEqualTo("UNRESOLVED_COLUMN.WITH_SUGGESTION");
          assertThat(error.getSqlState()).isEqualTo("42703");
          assertThat(error.getMessageParameters()).containsEntry("objectName", "`no_such_column`");
          assertThat(error.getServerClasses()).contains("org.apache.spark.sql.AnalysisException");
        });
  }

  @Test
  void aParseErrorCarriesItsConditionAndSqlState() {
    assertThatThrownBy(() -> spark.sql("SELEC 1"))
        .isInstanceOf(ParseException.class)
        .satisfies(e -> {
          ParseException error = (ParseException) e;
          assertThat(error.getCondition()).isEqualTo("PARSE_SYNTAX_ERROR");
          assertThat(error.getSqlState()).isEqualTo("42601");
        });
  }

  @Test
  void statementsTakeEffectWhenSqlIsCalled() {
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW first_slice_view AS SELECT 42 AS answer");
    assertThat(spark.sql("SELECT answer FROM first_slice_view").collectAsList()).containsExactly(Row.of(42));
  }

  @Test
  void showPrintsTheServersTable() {
    String table = spark.range(3).showString(20, 20, false);
    assertThat(table).isEqualTo("+---+\n| id|\n+---+\n|  0|\n|  1|\n|  2|\n+---+\n");
  }

  @Test
  void aStoppedSessionRefusesWorkClearly() {
    SparkSession session = newSession();
    DataFrame df = session.range(1);
    session.stop();
    session.stop();
    assertThatThrownBy(df::collectAsList)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is stopped");
  }

  private static int arrowBatchesOf(Plan plan) {
    int batches = 0;
    Iterator<ExecutePlanResponse> responses = spark.client().execute(plan);
    while (responses.hasNext()) {
      if (responses.next().hasArrowBatch()) {
        batches++;
      }
    }
    return batches;
  }

}
