package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.localserver.LocalSparkConnectServer;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link ArtifactsContractTest} again on a real multi-JVM cluster (Spark's {@code local-cluster}:
 * two workers, each with an executor JVM of its own), where a class that never reached the
 * executors cannot run: jars, class files and UDF classes added to a session must travel from the
 * server to them. Run once per build (not again on the second JDK).
 */
@Tag("long-running")
class ArtifactsOnAClusterContractTest extends ArtifactsContractTest {

  private static LocalSparkConnectServer cluster;

  @BeforeAll
  static void startCluster() {
    cluster = LocalSparkConnectServer.builder().cluster(2, 1, 512).start();
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Override
  SparkSession session() {
    return SparkSession.builder().remote(cluster.remote()).create();
  }

  @Test
  void tasksRunInExecutorJvmsApartFromTheServer() {
    try (SparkSession session = session()) {
      Set<String> pids = session.sql("SELECT reflect('java.lang.ProcessHandle', 'current') AS pid"
          + " FROM range(0, 64, 1, 16)").collectAsList().stream().map(row -> row.getString(0))
          .collect(Collectors.toSet());

      assertThat(pids).hasSize(2).doesNotContain(Long.toString(cluster.pid()));
      for (String pid : pids) {
        assertThat(ProcessHandle.of(Long.parseLong(pid)).flatMap(ProcessHandle::parent).map(ProcessHandle::pid))
            .as("executor %s is a child of the server", pid).contains(cluster.pid());
      }
    }
  }
}
