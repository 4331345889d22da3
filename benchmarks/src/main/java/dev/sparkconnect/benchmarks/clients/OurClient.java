package dev.sparkconnect.benchmarks.clients;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.internal.results.RowStream;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/** spark-connect-java's client. */
final class OurClient implements ClientUnderTest {

  private final SparkSession spark;
  private DataFrame query;

  OurClient(String remote) {
    spark = SparkSession.builder().remote(remote).create();
  }

  @Override
  public void prepare(String sql) {
    query = spark.sql(sql);
  }

  @Override
  public long collect(Blackhole blackhole) {
    List<Row> rows = query.collectAsList();
    for (Row row : rows) {
      consume(row, blackhole);
    }
    return rows.size();
  }

  @Override
  public long iterate(Blackhole blackhole) {
    long count = 0;
    try (RowStream rows = query.toLocalIterator()) {
      while (rows.hasNext()) {
        consume(rows.next(), blackhole);
        count++;
      }
    }
    return count;
  }

  private static void consume(Row row, Blackhole blackhole) {
    for (int i = 0, n = row.size(); i < n; i++) {
      blackhole.consume(row.get(i));
    }
  }

  @Override
  public void close() {
    spark.close();
  }
}
