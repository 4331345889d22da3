package dev.sparkconnect.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.protocol.connection.ConnectionString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code spark.connect.keepWarm} makes a LIVE test's LOCAL server one kept warm for the next test
 * JVM: it requires a token, which the test's session carries, and its discovery and lease files are
 * written. Both runs here are in one JVM (so the second gets the server this JVM holds); that a
 * fresh JVM finds it through the discovery file is {@code WarmServerTest}'s to show.
 */
@Tag("real-server")
class KeepWarmTest {

  static final List<Integer> PORTS = new ArrayList<>();

  @SparkConnectTest(mode = Mode.LIVE, backend = Backend.LOCAL)
  static class AsksOnce {
    @Test
    void asks(SparkSession spark, SparkConnectEndpoint endpoint) {
      PORTS.add(ConnectionString.parse(endpoint.remote()).port());
      assertThat(ConnectionString.parse(endpoint.remote()).token()).as("a warm server requires a token").isPresent();
      assertThat(spark.sql("SELECT 1 AS one").collectAsList()).hasSize(1);
    }
  }

  @TempDir
  Path warmServers;

  @Test
  void aLiveTestRunsOnAWarmServerFoundThroughItsDiscoveryFile() throws Exception {
    System.setProperty("spark.connect.warmServers.dir", warmServers.toString());
    PORTS.clear();
    try {
      for (int run = 0; run < 2; run++) {
        EngineTestKit.engine("junit-jupiter")
            .configurationParameter(RealServers.KEEP_WARM, "2m")
            .selectors(selectClass(AsksOnce.class))
            .execute().testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
      }
      assertThat(PORTS).hasSize(2);
      assertThat(PORTS.get(1)).as("both runs use the one warm server").isEqualTo(PORTS.get(0));
      try (var files = Files.list(warmServers)) {
        assertThat(files.map(file -> file.getFileName().toString()).toList())
            .anyMatch(name -> name.endsWith(".properties")).anyMatch(name -> name.endsWith(".lease"));
      }
    } finally {
      LocalSparkConnectServer.stopWarmServers();
      System.clearProperty("spark.connect.warmServers.dir");
    }
  }
}
