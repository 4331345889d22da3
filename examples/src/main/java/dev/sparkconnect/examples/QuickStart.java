package dev.sparkconnect.examples;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import java.util.List;

/**
 * The main job of the README: a real Spark Connect server started from Maven Central's jars (or the
 * one given with {@code SPARK_REMOTE}), a query, and its result printed as a table.
 *
 * <pre>
 * mvn -q -DskipTests -Pquickstart verify
 * </pre>
 */
public final class QuickStart {

  private QuickStart() {}

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
      spark.sql("CREATE OR REPLACE TEMPORARY VIEW planets AS SELECT * FROM VALUES "
          + "('Mercury', 0.387, 0), ('Venus', 0.723, 0), ('Earth', 1.0, 1), ('Mars', 1.524, 2), "
          + "('Jupiter', 5.203, 95), ('Saturn', 9.537, 146) AS t(name, distance_au, moons)");
      DataFrame planets = spark.sql("SELECT * FROM planets");
      DataFrame moonsPerPlanet = spark.sql(
          "SELECT name, distance_au, moons, moons > 0 AS has_moons FROM planets ORDER BY moons DESC, name");

      System.out.println("Spark " + spark.version() + ", columns " + String.join(", ", planets.columns())
          + ", " + planets.count() + " rows:");
      moonsPerPlanet.show();

      List<Row> rows = spark.range(1_000_000).collectAsList();
      System.out.println("Collected " + rows.size() + " rows of range(1000000); the last is " + rows.get(rows.size() - 1));
    } finally {
      if (local != null) {
        local.close();
      }
    }
  }
}
