package dev.sparkconnect.benchmarks.clients;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.connect.SparkSession;
import org.openjdk.jmh.infra.Blackhole;

/** Apache Spark's own Spark Connect JVM client, {@code spark-connect-client-jvm}. */
final class ApacheClient implements ClientUnderTest {

  private final SparkSession spark;
  private Dataset<Row> query;

  ApacheClient(String remote) {
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
    Iterator<Row> rows = query.toLocalIterator();
    while (rows.hasNext()) {
      consume(rows.next(), blackhole);
      count++;
    }
    if (rows instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return count;
  }

  private static void consume(Row row, Blackhole blackhole) {
    for (int i = 0, n = row.length(); i < n; i++) {
      blackhole.consume(row.get(i));
    }
  }

  /**
   * Closes the session. Against the local server, whose class path has no spark-mllib, Spark's
   * ReleaseSession fails on a missing ML class; that failure is reported, not thrown, because
   * nothing measured depends on it.
   */
  @Override
  public void close() {
    try {
      spark.close();
    } catch (RuntimeException e) {
      System.err.println("Apache's client could not release its session: " + e.getMessage());
    }
  }
}
