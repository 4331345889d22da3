package dev.sparkconnect.client.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Progress reports read from the JSON a Spark server writes, triggers and output modes as the server reads them. */
class StreamingQueryProgressTest {

  private static final String PROGRESS = """
      {
        "id" : "2b9a0f2e-7c37-4c43-9a50-6a3f6f1f0c11",
        "runId" : "9d4c1b2a-1111-4e2f-8e0a-5b6c7d8e9f00",
        "name" : "counts",
        "timestamp" : "2026-12-02T15:00:00.000Z",
        "batchId" : 4,
        "batchDuration" : 312,
        "numInputRows" : 20,
        "inputRowsPerSecond" : 19.9,
        "processedRowsPerSecond" : 64.1,
        "durationMs" : { "addBatch" : 250, "triggerExecution" : 312 },
        "eventTime" : { "max" : "2026-01-01T00:00:12.000Z", "watermark" : "2026-01-01T00:00:02.000Z" },
        "stateOperators" : [ {
          "operatorName" : "stateStoreSave", "numRowsTotal" : 3, "numRowsUpdated" : 1, "allUpdatesTimeMs" : 5,
          "numRowsRemoved" : 0, "allRemovalsTimeMs" : 0, "commitTimeMs" : 9, "memoryUsedBytes" : 1024,
          "numRowsDroppedByWatermark" : 2, "numShufflePartitions" : 200, "numStateStoreInstances" : 200,
          "customMetrics" : { "loadedMapCacheHitCount" : 7 }
        } ],
        "sources" : [ {
          "description" : "FileStreamSource[file:/data/in]",
          "startOffset" : { "logOffset" : 3 }, "endOffset" : { "logOffset" : 4 }, "latestOffset" : null,
          "numInputRows" : 20, "processedRowsPerSecond" : 64.1, "metrics" : { }
        } ],
        "sink" : { "description" : "MemorySink", "numOutputRows" : 3 }
      }
      """;

  @Test
  void everyFieldOfAProgressReportIsTyped() {
    StreamingQueryProgress progress = StreamingQueryProgress.fromJson(PROGRESS);

    assertThat(progress.id()).isEqualTo(UUID.fromString("2b9a0f2e-7c37-4c43-9a50-6a3f6f1f0c11"));
    assertThat(progress.runId()).isEqualTo(UUID.fromString("9d4c1b2a-1111-4e2f-8e0a-5b6c7d8e9f00"));
    assertThat(progress.name()).isEqualTo("counts");
    assertThat(progress.batchId()).isEqualTo(4);
    assertThat(progress.batchDuration()).isEqualTo(312);
    assertThat(progress.numInputRows()).isEqualTo(20);
    assertThat(progress.inputRowsPerSecond()).isEqualTo(19.9);
    assertThat(progress.durationMs()).containsExactly(java.util.Map.entry("addBatch", 250L),
        java.util.Map.entry("triggerExecution", 312L));
    assertThat(progress.eventTime()).containsEntry("watermark", "2026-01-01T00:00:02.000Z");
    StateOperatorProgress state = progress.stateOperators()[0];
    assertThat(state.operatorName()).isEqualTo("stateStoreSave");
    assertThat(state.numRowsTotal()).isEqualTo(3);
    assertThat(state.numRowsDroppedByWatermark()).isEqualTo(2);
    assertThat(state.customMetrics()).containsEntry("loadedMapCacheHitCount", 7L);
    SourceProgress source = progress.sources()[0];
    assertThat(source.startOffset()).isEqualTo("{\"logOffset\":3}");
    assertThat(source.latestOffset()).isNull();
    assertThat(source.inputRowsPerSecond()).as("a rate Spark left out").isNaN();
    assertThat(progress.sink().numOutputRows()).isEqualTo(3);
    assertThat(progress.sink().metrics()).isEmpty();
    assertThat(StreamingQueryProgress.fromJson(progress.json()).json()).isEqualTo(progress.json());
    assertThat(progress.prettyJson()).contains("\n  \"batchId\": 4");
  }

  @Test
  void aReportThatIsNotAJsonObjectSaysSo() {
    assertThatThrownBy(() -> StreamingQueryProgress.fromJson("[1, 2]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a progress report is a JSON object");
  }

  @Test
  void triggersAndOutputModesAreWhatTheServerReads() {
    assertThat(Trigger.ProcessingTime(2, TimeUnit.SECONDS).interval()).isEqualTo("2000 milliseconds");
    assertThat(Trigger.ProcessingTime("10 seconds")).isEqualTo(Trigger.ProcessingTime("10 seconds"));
    assertThat(Trigger.AvailableNow().kind()).isEqualTo(Trigger.Kind.AVAILABLE_NOW);
    assertThat(Trigger.Continuous(1000).kind()).isEqualTo(Trigger.Kind.CONTINUOUS);
    assertThatThrownBy(() -> Trigger.ProcessingTime(-1)).hasMessageContaining("cannot be negative");
    assertThatThrownBy(() -> Trigger.ProcessingTime(" ")).hasMessageContaining("\"10 seconds\"");
    assertThat(OutputMode.of("Update")).isSameAs(OutputMode.Update());
    assertThatThrownBy(() -> OutputMode.of("upsert")).hasMessageContaining("use append, complete or update");
    assertThat(new StreamingQueryStatus("Waiting for data to arrive", false, false).json())
        .isEqualTo("{\"message\":\"Waiting for data to arrive\",\"isDataAvailable\":false,\"isTriggerActive\":false}");
  }
}
