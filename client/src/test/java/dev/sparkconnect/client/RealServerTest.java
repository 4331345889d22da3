package dev.sparkconnect.client;

import dev.sparkconnect.localserver.LocalSparkConnectServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * A contract test against the real Spark Connect server that the whole test JVM shares: each test
 * class gets its own session, {@link #spark}, in UTC, closed after the class.
 */
@Tag("real-server")
abstract class RealServerTest {

  static SparkSession spark;

  @BeforeAll
  static void openSession() {
    spark = newSession();
    spark.sql("SET spark.sql.session.timeZone=UTC");
  }

  @AfterAll
  static void closeSession() {
    spark.close();
  }

  /** Another new session on the shared real server. */
  static SparkSession newSession() {
    return SparkSession.builder().remote(LocalSparkConnectServer.shared().remote()).create();
  }
}
