package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.col;
import static dev.sparkconnect.client.functions.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.errors.StreamingQueryException;
import dev.sparkconnect.client.streaming.OutputMode;
import dev.sparkconnect.client.streaming.StreamingQuery;
import dev.sparkconnect.client.streaming.StreamingQueryListener;
import dev.sparkconnect.client.streaming.StreamingQueryProgress;
import dev.sparkconnect.client.streaming.Trigger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Structured Streaming on a real server: a file source with a watermark and a windowed count into
 * the memory sink, the rate source's progress read as typed values, a failing query's typed
 * exception, a stop and a restart from the checkpoint that loses and repeats no row, and
 * {@code awaitTermination} returning when another thread stops the query.
 */
class StreamingContractTest extends RealServerTest {

  private static final String EVENTS = "id BIGINT, time TIMESTAMP, amount BIGINT";

  @TempDir
  Path dir;

  private final List<StreamingQuery> started = new ArrayList<>();

  /** A stateful query keeps a state store per shuffle partition: two, not 200, keep each batch quick. */
  @org.junit.jupiter.api.BeforeAll
  static void fewShufflePartitions() {
    spark.conf().set("spark.sql.shuffle.partitions", "2");
  }

  @AfterEach
  void stopTheQueries() {
    started.forEach(StreamingQuery::stop);
    // The manager remembers a failed query for awaitAnyTermination: each test starts afresh.
    spark.streams().resetTerminated();
  }

  /** Runs {@code sql} until it answers {@code expected} (a micro-batch may start just before the last file arrives). */
  private static void eventually(String sql, Row... expected) throws InterruptedException {
    List<Row> rows = spark.sql(sql).collectAsList();
    for (int wait = 0; wait < 100 && !rows.equals(List.of(expected)); wait++) {
      Thread.sleep(100);
      rows = spark.sql(sql).collectAsList();
    }
    assertThat(rows).containsExactly(expected);
  }

  /** The last progress of a micro-batch that read rows (an idle query reports progress with none, too). */
  private static StreamingQueryProgress lastWithRows(StreamingQuery query) {
    StreamingQueryProgress[] recent = query.recentProgress();
    for (int i = recent.length - 1; i >= 0; i--) {
      if (recent[i].numInputRows() > 0) {
        return recent[i];
      }
    }
    throw new AssertionError("no micro-batch with rows among " + recent.length + " reports");
  }

  private StreamingQuery track(StreamingQuery query) {
    started.add(query);
    return query;
  }

  /** Writes a JSON Lines file of events {@code (id, second of 2026-01-01 00:00, amount)} into {@code folder}. */
  private static void events(Path folder, String file, long... idSecondAmount) throws IOException {
    Files.createDirectories(folder);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < idSecondAmount.length; i += 3) {
      lines.append(String.format("{\"id\": %d, \"time\": \"2026-01-01T00:00:%02dZ\", \"amount\": %d}%n",
          idSecondAmount[i], idSecondAmount[i + 1], idSecondAmount[i + 2]));
    }
    // Written aside and moved in, so that the source never reads half a file.
    Path aside = Files.writeString(folder.resolveSibling(file + ".tmp"), lines);
    Files.move(aside, folder.resolve(file));
  }

  @Test
  void aWatermarkedWindowedCountOfArrivingFilesReachesTheMemorySink() throws IOException, InterruptedException {
    Path incoming = dir.resolve("incoming");
    events(incoming, "a.json", 1, 1, 10, 2, 2, 20, 3, 6, 30);
    DataFrame counts = spark.readStream().schema(EVENTS).json(incoming.toString())
        .withWatermark("time", "10 seconds")
        .groupBy(window(col("time"), "5 seconds")).count();
    StreamingQuery query = track(counts.writeStream().outputMode(OutputMode.Complete()).format("memory")
        .queryName("window_counts").option("checkpointLocation", dir.resolve("checkpoint").toString()).start());

    query.processAllAvailable();
    assertThat(spark.sql("SELECT CAST(window.start AS STRING) AS start, count FROM window_counts ORDER BY start")
        .collectAsList()).containsExactly(Row.of("2026-01-01 00:00:00", 2L), Row.of("2026-01-01 00:00:05", 1L));

    events(incoming, "b.json", 4, 7, 40, 5, 12, 50);
    query.processAllAvailable();
    eventually("SELECT CAST(window.start AS STRING) AS start, count FROM window_counts ORDER BY start",
        Row.of("2026-01-01 00:00:00", 2L), Row.of("2026-01-01 00:00:05", 2L), Row.of("2026-01-01 00:00:10", 1L));

    StreamingQueryProgress last = lastWithRows(query);
    assertThat(last.id()).isEqualTo(query.id());
    assertThat(last.runId()).isEqualTo(query.runId());
    assertThat(last.name()).isEqualTo("window_counts");
    assertThat(last.numInputRows()).isEqualTo(2);
    assertThat(last.eventTime()).containsKey("watermark").containsEntry("max", "2026-01-01T00:00:12.000Z");
    assertThat(last.stateOperators()).isNotEmpty();
    assertThat(last.stateOperators()[0].numRowsTotal()).isEqualTo(3);
    assertThat(last.sources()[0].description()).contains("FileStreamSource");
    assertThat(last.sink().description()).contains("MemorySink");
    assertThat(query.recentProgress()).extracting(StreamingQueryProgress::batchId).contains(0L, 1L);
    assertThat(query.isActive()).isTrue();
    assertThat(spark.streams().active()).extracting(StreamingQuery::id).contains(query.id());
    assertThat(spark.streams().get(query.id())).isNotNull().extracting(StreamingQuery::name).isEqualTo("window_counts");

    query.stop();
    assertThat(query.isActive()).isFalse();
    assertThat(query.exception()).isEmpty();
    assertThat(spark.streams().get(query.id())).as("a stopped query is not active").isNull();
  }

  @Test
  void theRateSourceReportsTypedProgressAndStatus() throws InterruptedException {
    StreamingQuery query = track(spark.readStream().format("rate").option("rowsPerSecond", 20).load()
        .writeStream().format("memory").queryName("ticks").trigger(Trigger.ProcessingTime(200)).start());
    assertThat(query.name()).isEqualTo("ticks");

    StreamingQueryProgress progress = null;
    for (int wait = 0; wait < 150 && (progress == null || progress.numInputRows() == 0); wait++) {
      Thread.sleep(200);
      progress = query.lastProgress();
    }
    assertThat(progress).as("a micro-batch with rows within 30 s").isNotNull();
    assertThat(progress.numInputRows()).isPositive();
    assertThat(progress.sources()).singleElement().satisfies(source -> {
      assertThat(source.description()).startsWith("RateStream");
      assertThat(source.endOffset()).isNotNull();
    });
    assertThat(progress.durationMs()).containsKey("triggerExecution");
    assertThat(progress.json()).contains("\"runId\":\"" + query.runId() + "\"");
    assertThat(query.status().message()).isNotEmpty();
    assertThat(query.awaitTermination(100)).as("a running query has not ended").isFalse();

    query.stop();
    assertThat(query.awaitTermination(10_000)).isTrue();
    assertThat(spark.table("ticks").count()).isPositive();
  }

  @Test
  void aFailingQueryEndsWithATypedStreamingQueryException() throws IOException {
    Path incoming = dir.resolve("bad");
    Files.createDirectories(incoming);
    Files.writeString(incoming.resolve("a.txt"), "12\nnot a number\n");
    StreamingQuery query = track(spark.readStream().text(incoming.toString())
        .select(col("value").cast("int").as("n"))
        .writeStream().format("memory").queryName("numbers").start());

    assertThatThrownBy(() -> query.awaitTermination(60_000)).isInstanceOf(StreamingQueryException.class)
        .hasMessageContaining("CAST_INVALID_INPUT");
    assertThat(query.isActive()).isFalse();
    assertThat(query.exception()).hasValueSatisfying(error -> assertThat(error.getMessage())
        .contains("CAST_INVALID_INPUT"));
    assertThatThrownBy(() -> spark.streams().awaitAnyTermination(1_000)).as("the session's failed query")
        .isInstanceOf(StreamingQueryException.class);
    assertThatThrownBy(() -> query.awaitTermination(0)).hasMessageContaining("Timeout has to be positive");
  }

  @Test
  void aQueryStoppedAndRestartedFromItsCheckpointLosesAndRepeatsNoRow() throws IOException {
    Path incoming = dir.resolve("orders");
    Path output = dir.resolve("out");
    String checkpoint = dir.resolve("orders-checkpoint").toString();
    events(incoming, "1.json", 1, 1, 10, 2, 2, 20);
    events(incoming, "2.json", 3, 3, 30);
    StreamingQuery first = track(spark.readStream().schema(EVENTS).json(incoming.toString()).writeStream()
        .format("parquet").option("checkpointLocation", checkpoint).start(output.toString()));
    first.processAllAvailable();
    first.stop();

    events(incoming, "3.json", 4, 4, 40, 5, 5, 50);
    StreamingQuery second = track(spark.readStream().schema(EVENTS).json(incoming.toString()).writeStream()
        .format("parquet").option("checkpointLocation", checkpoint).start(output.toString()));
    assertThat(second.id()).as("the same query, from its checkpoint").isEqualTo(first.id());
    assertThat(second.runId()).as("a new run").isNotEqualTo(first.runId());
    second.processAllAvailable();
    second.stop();

    assertThat(spark.read().schema(EVENTS).parquet(output.toString()).select("id").orderBy("id").collectAsList())
        .containsExactly(Row.of(1L), Row.of(2L), Row.of(3L), Row.of(4L), Row.of(5L));
  }

  @Test
  void awaitTerminationReturnsWhenAnotherThreadStopsTheQuery() throws Exception {
    StreamingQuery query = track(spark.readStream().format("rate").option("rowsPerSecond", 1).load()
        .writeStream().format("memory").queryName("await_stop").start());
    CompletableFuture<Void> waiting = CompletableFuture.runAsync(query::awaitTermination);
    Thread.sleep(500);
    assertThat(waiting).as("waiting while the query runs").isNotDone();
    assertThat(spark.streams().awaitAnyTermination(200)).as("no query of the session has ended yet").isFalse();

    spark.streams().get(query.id()).stop();

    waiting.get(30, TimeUnit.SECONDS);
    assertThat(query.isActive()).isFalse();
    assertThat(spark.streams().awaitAnyTermination(1_000)).as("a query of the session ended").isTrue();
    spark.streams().resetTerminated();
  }

  @Test
  void listenersHearStartedProgressAndTerminatedEventsInOrder() throws Exception {
    HeardEvents hearing = new HeardEvents();
    StreamingQueryListener failing = new StreamingQueryListener() {
      @Override
      public void onQueryStarted(QueryStartedEvent event) {
        throw new IllegalStateException("a listener that fails on every event");
      }

      @Override
      public void onQueryProgress(QueryProgressEvent event) {
        throw new IllegalStateException("a listener that fails on every event");
      }

      @Override
      public void onQueryTerminated(QueryTerminatedEvent event) {
        throw new IllegalStateException("a listener that fails on every event");
      }
    };
    spark.streams().addListener(failing);
    spark.streams().addListener(hearing);
    try {
      assertThat(spark.streams().listListeners()).containsExactly(failing, hearing);
      StreamingQuery query = track(spark.readStream().format("rate").option("rowsPerSecond", 20).load()
          .writeStream().format("memory").queryName("heard").trigger(Trigger.ProcessingTime(200)).start());
      assertThat(hearing.events()).as("started is heard before start() returns").singleElement()
          .isInstanceOfSatisfying(StreamingQueryListener.QueryStartedEvent.class, started -> {
            assertThat(started.id()).isEqualTo(query.id());
            assertThat(started.runId()).isEqualTo(query.runId());
            assertThat(started.name()).isEqualTo("heard");
            assertThat(started.timestamp()).isNotEmpty();
          });
      StreamingQueryProgress withRows = hearing.await(StreamingQueryListener.QueryProgressEvent.class,
          event -> event.progress().numInputRows() > 0).progress();
      assertThat(withRows.id()).isEqualTo(query.id());
      assertThat(withRows.name()).isEqualTo("heard");

      query.stop();
      StreamingQueryListener.QueryTerminatedEvent stopped = hearing.await(
          StreamingQueryListener.QueryTerminatedEvent.class, event -> event.id().equals(query.id()));
      assertThat(stopped.runId()).isEqualTo(query.runId());
      assertThat(stopped.exception()).as("a stopped query ended without an error").isEmpty();
      assertThat(hearing.events().get(hearing.events().size() - 1)).as("nothing after the query's end")
          .isSameAs(stopped);

      Path incoming = dir.resolve("heard-bad");
      Files.createDirectories(incoming);
      Files.writeString(incoming.resolve("a.txt"), "not a number\n");
      StreamingQuery failed = track(spark.readStream().text(incoming.toString())
          .select(col("value").cast("int").as("n")).writeStream().format("memory").queryName("heard_bad").start());
      StreamingQueryListener.QueryTerminatedEvent failure = hearing.await(
          StreamingQueryListener.QueryTerminatedEvent.class, event -> event.id().equals(failed.id()));
      assertThat(failure.exception()).hasValueSatisfying(error -> assertThat(error).contains("CAST_INVALID_INPUT"));
    } finally {
      spark.streams().removeListener(hearing);
      spark.streams().removeListener(failing);
    }
    assertThat(spark.streams().listListeners()).isEmpty();

    int before = hearing.events().size();
    StreamingQuery unheard = track(spark.readStream().format("rate").load().writeStream().format("memory")
        .queryName("unheard").start());
    unheard.stop();
    assertThat(hearing.events()).as("a removed listener hears nothing").hasSize(before);
  }
}
