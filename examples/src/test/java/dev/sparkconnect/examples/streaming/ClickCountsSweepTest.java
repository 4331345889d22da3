package dev.sparkconnect.examples.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.streaming.StreamingQuery;
import dev.sparkconnect.client.streaming.StreamingQueryListener;
import dev.sparkconnect.junit.FaultSweep;
import dev.sparkconnect.junit.SparkConnectTest;
import java.util.List;

/**
 * The streaming job with a listener, broken at every position of every stream it reads, the
 * listener bus's events included: in every run the listener hears the start, the one progress
 * report and the end, each once and in order, and the job's counts arrive.
 *
 * <pre>
 * mvn test -pl examples -Dtest=ClickCountsSweepTest                       # the sweep, on the recordings
 * mvn test -pl examples -Dtest=ClickCountsSweepTest -Dspark.connect.mode=LIVE -Dspark.connect.backend=LOCAL
 * </pre>
 */
@SparkConnectTest
class ClickCountsSweepTest {

  @FaultSweep
  void theListenerHearsEveryEventOnceThroughEveryBreak(SparkSession spark) throws InterruptedException {
    HeardEvents heard = new HeardEvents();
    spark.streams().addListener(heard);
    try {
      ClickCounts job = new ClickCounts(spark);
      StreamingQuery query = job.start();
      query.awaitTermination();

      List<StreamingQueryListener.Event> events = heard.untilTerminated();
      assertThat(events).extracting(event -> event.getClass().getSimpleName())
          .containsExactly("QueryStartedEvent", "QueryProgressEvent", "QueryTerminatedEvent");
      assertThat(((StreamingQueryListener.QueryProgressEvent) events.get(1)).progress().numInputRows()).isEqualTo(5);
      assertThat(job.counts().count()).isEqualTo(3);
    } finally {
      spark.streams().removeListener(heard);
    }
  }
}
