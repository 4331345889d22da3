package dev.sparkconnect.examples;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.localserver.LocalSparkConnectServer;

/**
 * A first program: a real Spark Connect server started from Maven Central's jars (or the one given
 * with {@code SPARK_REMOTE}, such as the mock server serving its bundled samples), the
 * {@link SampleQueries} on it, and their results printed as tables.
 *
 * <pre>
 * mvn -q -DskipTests -Pquickstart verify
 * SPARK_REMOTE=sc://localhost:15002 mvn -q -DskipTests -Pquickstart verify
 * </pre>
 */
public final class QuickStart {

  private QuickStart() {}

  /** Runs the example against {@code SPARK_REMOTE}, or against a local server it starts when that is unset. */
  public static void main(String[] args) {
    String given = System.getenv("SPARK_REMOTE");
    LocalSparkConnectServer local = null;
    String remote;
    if (given != null && !given.isBlank()) {
      remote = given;
    } else {
      local = LocalSparkConnectServer.builder().start();
      remote = local.remote();
      System.out.printf("Started a local Spark Connect server (Spark %s) at %s in %.1f s%n",
          local.sparkVersion(), remote, local.startupTime().toMillis() / 1000.0);
    }
    try (SparkSession spark = SparkSession.builder().remote(remote).create()) {
      SampleQueries.run(spark, System.out);
    } finally {
      if (local != null) {
        local.close();
      }
    }
  }
}
