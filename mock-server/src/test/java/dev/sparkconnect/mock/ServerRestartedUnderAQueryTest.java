package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.SparkServerRestartedException;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.mock.network.FaultyNetwork;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real Spark server killed ({@code SIGKILL}) under a query whose first rows have arrived, and a
 * new one started behind the same address: the query ends with {@link SparkServerRestartedException}
 * (the session, and the rest of the result, are gone), as a later call of an idle session does, not
 * with a generic error and not with rows lost in silence.
 */
@Tag("real-server")
class ServerRestartedUnderAQueryTest {

  @Test
  void aQueryInFlightWhenTheServerRestartsSaysTheServerRestarted() throws Exception {
    LocalSparkConnectServer first = LocalSparkConnectServer.builder().start();
    try (FaultyNetwork proxy = FaultyNetwork.inFrontOf(first.port());
         SparkSession spark = SparkSession.builder().remote("sc://localhost:" + proxy.port()).create()) {
      Iterator<Row> rows = spark.sql("SELECT id, reflect('java.lang.Thread', 'sleep', CAST(IF(id >= 5, 60000, 0)"
          + " AS BIGINT)) AS slept FROM range(0, 10, 1, 10)").toLocalIterator();
      assertThat(rows.next().getLong(0)).isZero();

      ProcessHandle server = ProcessHandle.of(first.pid()).orElseThrow();
      server.destroyForcibly();
      server.onExit().get(60, TimeUnit.SECONDS);
      try (LocalSparkConnectServer second = LocalSparkConnectServer.builder().start()) {
        proxy.retarget(second.port());

        Throwable failure = catchThrowable(() -> rows.forEachRemaining(row -> { }));

        assertThat(failure).isInstanceOf(SparkServerRestartedException.class)
            .hasMessageContaining("build a new SparkSession");
        assertThat(catchThrowable(() -> spark.range(1).count())).isInstanceOf(SparkServerRestartedException.class);
      }
    } finally {
      first.close();
    }
  }
}
