package dev.sparkconnect.examples.streaming;

import static dev.sparkconnect.junit.SparkAssertions.assertThat;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.streaming.StreamingQuery;
import dev.sparkconnect.client.streaming.StreamingQueryListener;
import dev.sparkconnect.client.streaming.StreamingQueryProgress;
import dev.sparkconnect.junit.SparkConnectTest;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A streaming job tested as any other: recorded once against a real server, replayed from its
 * fixtures in every build, verified against a real server on demand.
 *
 * <pre>
 * mvn test -pl examples -Dtest=ClickCountsTest                                        # replay (default)
 * mvn test -pl examples -Dtest=ClickCountsTest -Dspark.connect.mode=RECORD -Dspark.connect.backend=LOCAL
 * mvn test -pl examples -Dtest=ClickCountsTest -Dspark.connect.mode=VERIFY -Dspark.connect.backend=LOCAL
 * </pre>
 */
@SparkConnectTest
class ClickCountsTest {

  @Test
  void theJobCountsClicksPerPageAndWindowAndStops(SparkSession spark) {
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    ClickCounts job = new ClickCounts(spark);
    StreamingQuery query = job.start();

    query.awaitTermination();

    Assertions.assertThat(query.isActive()).isFalse();
    Assertions.assertThat(query.exception()).isEmpty();
    StreamingQueryProgress last = query.lastProgress();
    Assertions.assertThat(last.numInputRows()).isEqualTo(5);
    Assertions.assertThat(last.sink().description()).contains("MemorySink");
    assertThat(job.counts()).containsExactlyRows(
        Row.of(0L, "2026-01-01 00:00:00", 2L),
        Row.of(1L, "2026-01-01 00:00:00", 2L),
        Row.of(2L, "2026-01-01 00:00:00", 1L));
  }

  @Test
  void aListenerHearsTheJobStartReportAndEnd(SparkSession spark) throws InterruptedException {
    HeardEvents listener = new HeardEvents();
    spark.streams().addListener(listener);
    try {
      StreamingQuery query = new ClickCounts(spark).start();
      Assertions.assertThat(listener.events()).as("started, before start() returns").singleElement()
          .isInstanceOfSatisfying(StreamingQueryListener.QueryStartedEvent.class,
              started -> Assertions.assertThat(started.id()).isEqualTo(query.id()));
      query.awaitTermination();
      List<StreamingQueryListener.Event> heard = listener.untilTerminated();

      Assertions.assertThat(heard).hasSize(3);
      Assertions.assertThat(heard.get(1)).isInstanceOfSatisfying(StreamingQueryListener.QueryProgressEvent.class,
          progress -> Assertions.assertThat(progress.progress().numInputRows()).isEqualTo(5));
      Assertions.assertThat(heard.get(2)).isInstanceOfSatisfying(StreamingQueryListener.QueryTerminatedEvent.class,
          ended -> Assertions.assertThat(ended.exception()).isEmpty());
    } finally {
      spark.streams().removeListener(listener);
    }
  }

  @Test
  void aRunningQueryIsActiveUntilStopped(SparkSession spark) {
    StreamingQuery query = spark.readStream().format("rate-micro-batch").option("rowsPerBatch", 1).load()
        .writeStream().format("memory").queryName("ticks").start();

    Assertions.assertThat(query.isActive()).isTrue();
    query.stop();
    Assertions.assertThat(query.isActive()).as("the same question, answered again after the stop").isFalse();
  }
}
