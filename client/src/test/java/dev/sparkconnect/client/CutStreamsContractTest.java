package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.localserver.LocalSparkConnectServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against a real server that cuts every response stream after 1 second or 123 bytes (as Apache
 * Spark's own reattach tests do), every query gives exactly what an uncut server gives: no row lost,
 * none duplicated, order kept.
 */
@Tag("real-server")
@Tag("long-running")
class CutStreamsContractTest {

  private static LocalSparkConnectServer cutting;
  private static SparkSession cut;
  private static SparkSession whole;
  private static final CallCounter calls = new CallCounter();

  @BeforeAll
  static void start() {
    cutting = LocalSparkConnectServer.builder()
        .conf("spark.connect.execute.reattachable.senderMaxStreamDuration", "1s")
        .conf("spark.connect.execute.reattachable.senderMaxStreamSize", "123")
        .shared();
    cut = SparkSession.builder().remote(cutting.remote()).interceptor(calls).create();
    whole = RealServerTest.newSession();
  }

  @AfterAll
  static void stop() {
    cut.close();
    whole.close();
  }

  @Test
  void aHundredVariedQueriesMatchAnUncutServerRowForRow() {
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long n = 1L << (i % 18);
      queries.add("SELECT id, id * " + i + " AS k, CAST(id AS STRING) AS s FROM range(" + n + ") ORDER BY id");
      queries.add("SELECT id % " + (i + 2) + " AS g, count(*) AS c, sum(id) AS total FROM range(" + (n * 3)
          + ") GROUP BY 1 ORDER BY 1");
      queries.add("SELECT repeat('x', CAST(id % 50 AS INT)) AS pad, id FROM range(" + (i * 37) + ") ORDER BY id");
      queries.add("SELECT a.id, b.id AS other FROM range(" + (i + 5) + ") a JOIN range(" + (i + 3)
          + ") b ON a.id = b.id * 2 ORDER BY a.id");
      queries.add("SELECT id, CASE WHEN id % 3 = 0 THEN NULL ELSE id / 7.0 END AS maybe FROM range(" + (i * 101 + 1)
          + ") ORDER BY id");
    }
    assertThat(queries).hasSize(100);
    int reattachesBefore = calls.count("ReattachExecute");

    for (String query : queries) {
      List<Row> expected = whole.sql(query).collectAsList();
      List<Row> actual = cut.sql(query).collectAsList();
      assertThat(actual).as(query).containsExactlyElementsOf(expected);
    }

    assertThat(calls.count("ReattachExecute") - reattachesBefore)
        .as("the cutting server made the client reattach")
        .isGreaterThan(100);
  }

  @Test
  void aMultiBatchResultOfOverAMillionRowsSurvivesConstantCuts() {
    String query = "SELECT id, id * 2 AS twice, CAST(id AS STRING) AS text FROM range(1200000)";
    int reattachesBefore = calls.count("ReattachExecute");

    List<Row> rows = cut.sql(query).collectAsList();

    assertThat(rows).hasSize(1_200_000);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.getLong(0) != i || row.getLong(1) != 2L * i || !row.getString(2).equals(Long.toString(i))) {
        throw new AssertionError("row " + i + " is " + row);
      }
    }
    assertThat(calls.count("ReattachExecute") - reattachesBefore).isGreaterThan(10);
  }

  @Test
  void aLazyIteratorOverCutStreamsSeesEveryRowOnce() {
    long expected = 0;
    try (var rows = cut.range(250_000).toLocalIterator()) {
      while (rows.hasNext()) {
        assertThat(rows.next().getLong(0)).isEqualTo(expected);
        expected++;
      }
    }
    assertThat(expected).isEqualTo(250_000);
  }
}
