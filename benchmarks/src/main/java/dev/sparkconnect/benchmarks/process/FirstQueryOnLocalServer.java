package dev.sparkconnect.benchmarks.process;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import java.time.Duration;

/**
 * A test JVM's start as {@link WarmServerStart} measures it, run as a fresh JVM: take a LOCAL
 * server (kept warm when {@code args[0]} is a number of seconds above 0, else one of its own),
 * run a first query, print, release the server and exit.
 */
public final class FirstQueryOnLocalServer {

  private FirstQueryOnLocalServer() {}

  /** {@code args[0]}: how many seconds a warm server stays unused, or 0 for a server of this JVM only. */
  public static void main(String[] args) {
    long keepWarmSeconds = Long.parseLong(args[0]);
    LocalSparkConnectServer.Builder builder = LocalSparkConnectServer.builder();
    if (keepWarmSeconds > 0) {
      builder.keepWarm(Duration.ofSeconds(keepWarmSeconds));
    }
    LocalSparkConnectServer server = builder.start();
    SparkSession spark = SparkSession.builder().remote(server.remote()).create();
    int rows = spark.sql("SELECT 1 AS one").collectAsList().size();
    System.out.println(WarmServerStart.FIRST_QUERY + rows);
    System.out.flush();
    spark.close();
    server.close();
    System.exit(0);
  }
}
