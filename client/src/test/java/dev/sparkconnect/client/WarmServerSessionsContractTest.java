package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.errors.AnalysisException;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test JVMs that share a warm server must not see each other's state: each session (as each test
 * JVM has its own) keeps its temporary views and settings to itself.
 */
@Tag("real-server")
@Tag("first-jdk-only")
class WarmServerSessionsContractTest {

  @Test
  void sessionsOnAWarmServerSeeNeitherEachOthersViewsNorSettings(@TempDir Path warmServers) {
    System.setProperty("spark.connect.warmServers.dir", warmServers.toString());
    try (LocalSparkConnectServer server = LocalSparkConnectServer.builder().keepWarm(Duration.ofSeconds(60)).start();
        SparkSession first = SparkSession.builder().remote(server.remote()).create();
        SparkSession second = SparkSession.builder().remote(server.remote()).create()) {
      assertThat(server.isWarm()).isTrue();
      first.sql("CREATE OR REPLACE TEMPORARY VIEW mine AS SELECT 1 AS x").collectAsList();
      first.conf().set("spark.sql.shuffle.partitions", "3");

      assertThat(first.sql("SELECT * FROM mine").collectAsList()).hasSize(1);
      assertThat(first.conf().get("spark.sql.shuffle.partitions")).isEqualTo("3");
      assertThatThrownBy(() -> second.sql("SELECT * FROM mine").collectAsList())
          .isInstanceOf(AnalysisException.class).hasMessageContaining("TABLE_OR_VIEW_NOT_FOUND");
      assertThat(second.conf().get("spark.sql.shuffle.partitions")).isNotEqualTo("3");
    } finally {
      LocalSparkConnectServer.stopWarmServers();
      System.clearProperty("spark.connect.warmServers.dir");
    }
  }
}
