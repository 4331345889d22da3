package dev.sparkconnect.benchmarks.process;

import org.apache.spark.sql.connect.SparkSession;

/**
 * A cold start with Apache Spark's client, run as a fresh JVM by {@link ColdStart}: connect, run
 * a small query, print its row count, exit. Nothing but that client's runtime jars is on its
 * class path.
 */
public final class FirstResultApache {

  private FirstResultApache() {}

  /** Connects to {@code args[0]}, collects the query {@code args[1]} and prints the row count. */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().remote(args[0]).create();
    int rows = spark.sql(args[1]).collectAsList().size();
    System.out.println(ColdStart.FIRST_RESULT + rows);
    System.out.flush();
    spark.close();
    System.exit(0);
  }
}
