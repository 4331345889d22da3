package dev.sparkconnect.client.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The listener bus's events read from the JSON Spark 4's {@code Event.json} writes. */
class StreamingQueryListenerEventsTest {

  private static final String ID = "5b0f5d9e-1c7a-4e55-9f0a-2b7c0e6f4a11";
  private static final String RUN = "0d3c9a4e-8f21-4b6d-a5c2-7e9b1f3d6c20";

  @Test
  void aStartedEventHasItsIdsNameTimeAndJobTags() {
    StreamingQueryListener.QueryStartedEvent event = StreamingQueryListener.QueryStartedEvent.fromJson(
        "{\"id\":\"" + ID + "\",\"runId\":\"" + RUN + "\",\"name\":\"counts\",\"timestamp\":\"2026-12-02T10:00:00.000Z\","
            + "\"jobTags\":[\"nightly\",\"eu\"]}");
    assertThat(event.id()).isEqualTo(UUID.fromString(ID));
    assertThat(event.runId()).isEqualTo(UUID.fromString(RUN));
    assertThat(event.name()).isEqualTo("counts");
    assertThat(event.timestamp()).isEqualTo("2026-12-02T10:00:00.000Z");
    assertThat(event.jobTags()).containsExactly("nightly", "eu");
    assertThat(event.json()).contains("\"jobTags\":[\"nightly\",\"eu\"]");
  }

  @Test
  void aStartedEventOfAnUnnamedQueryBeforeJobTagsHasNoNameAndNoTags() {
    StreamingQueryListener.QueryStartedEvent event = StreamingQueryListener.QueryStartedEvent.fromJson(
        "{\"id\":\"" + ID + "\",\"runId\":\"" + RUN + "\",\"name\":null,\"timestamp\":\"2026-12-02T10:00:00.000Z\"}");
    assertThat(event.name()).isNull();
    assertThat(event.jobTags()).isEmpty();
  }

  @Test
  void aProgressEventCarriesTheTypedProgress() {
    StreamingQueryListener.QueryProgressEvent event = StreamingQueryListener.QueryProgressEvent.fromJson(
        "{\"progress\":{\"id\":\"" + ID + "\",\"runId\":\"" + RUN + "\",\"name\":null,\"batchId\":3,"
            + "\"numInputRows\":12,\"sources\":[],\"sink\":{\"description\":\"MemorySink\"}}}");
    assertThat(event.progress().batchId()).isEqualTo(3);
    assertThat(event.progress().numInputRows()).isEqualTo(12);
    assertThat(event.progress().id()).isEqualTo(UUID.fromString(ID));
    assertThatThrownBy(() -> StreamingQueryListener.QueryProgressEvent.fromJson("{\"batchId\":3}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"progress\"");
  }

  @Test
  void aTerminatedEventSaysWhetherAndHowTheQueryFailed() {
    StreamingQueryListener.QueryTerminatedEvent stopped = StreamingQueryListener.QueryTerminatedEvent.fromJson(
        "{\"id\":\"" + ID + "\",\"runId\":\"" + RUN + "\",\"exception\":null,\"errorClassOnException\":null}");
    assertThat(stopped.exception()).isEmpty();
    assertThat(stopped.errorClassOnException()).isEmpty();

    StreamingQueryListener.QueryTerminatedEvent failed = StreamingQueryListener.QueryTerminatedEvent.fromJson(
        "{\"id\":\"" + ID + "\",\"runId\":\"" + RUN + "\",\"exception\":\"[CAST_INVALID_INPUT] The value 'x'...\","
            + "\"errorClassOnException\":\"CAST_INVALID_INPUT\"}");
    assertThat(failed.exception()).hasValueSatisfying(text -> assertThat(text).startsWith("[CAST_INVALID_INPUT]"));
    assertThat(failed.errorClassOnException()).hasValue("CAST_INVALID_INPUT");
  }

  @Test
  void anIdleEventHasItsIdsAndTime() {
    StreamingQueryListener.QueryIdleEvent idle = StreamingQueryListener.QueryIdleEvent.fromJson(
        "{\"id\":\"" + ID + "\",\"runId\":\"" + RUN + "\",\"timestamp\":\"2026-12-02T10:00:05.000Z\"}");
    assertThat(idle.id()).isEqualTo(UUID.fromString(ID));
    assertThat(idle.runId()).isEqualTo(UUID.fromString(RUN));
    assertThat(idle.timestamp()).isEqualTo("2026-12-02T10:00:05.000Z");
    assertThatThrownBy(() -> StreamingQueryListener.QueryIdleEvent.fromJson("[1]"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
