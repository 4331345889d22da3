package dev.sparkconnect.client.streaming;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Told when this session's streaming queries start, make progress, idle and end, as Apache Spark's
 * {@code StreamingQueryListener}. Extend it and add it with {@code spark.streams().addListener(...)};
 * its methods run in this JVM, one event at a time: the bus's events on the session's listener-bus
 * thread, in the order the server posted them, and {@link #onQueryStarted} on the thread that
 * called {@code start()} (the server returns it with the start, not on the bus, so a fast query's
 * first progress may come before it).
 *
 * <pre>{@code
 * spark.streams().addListener(new StreamingQueryListener() {
 *   public void onQueryStarted(QueryStartedEvent event) { log.info("started {}", event.id()); }
 *   public void onQueryProgress(QueryProgressEvent event) { rows.add(event.progress().numInputRows()); }
 *   public void onQueryTerminated(QueryTerminatedEvent event) { event.exception().ifPresent(log::warn); }
 * });
 * }</pre>
 *
 * <p>The events come from the server's listener bus over one long-running execution that this
 * client opens with the first listener and closes with the last (Spark 4.0 and later); it survives
 * broken streams as any execution does. A method that throws is reported and the next event still
 * comes. {@link #onQueryStarted} runs before {@code start()} returns.
 */
public abstract class StreamingQueryListener {

  /** A listener; override what it wants to hear. */
  protected StreamingQueryListener() {}

  /** A query started: called before the {@code start()} that started it returns. */
  public abstract void onQueryStarted(QueryStartedEvent event);

  /** A query finished a micro-batch (or reported while waiting for data). */
  public abstract void onQueryProgress(QueryProgressEvent event);

  /** A query has been idle, waiting for new data (nothing by default). */
  public void onQueryIdle(QueryIdleEvent event) {}

  /** A query ended: stopped, finished, or failed ({@link QueryTerminatedEvent#exception()}). */
  public abstract void onQueryTerminated(QueryTerminatedEvent event);

  /** An event of the listener bus, with the JSON the server sent. */
  public interface Event {

    /** The event as Spark writes it in JSON. */
    String json();
  }

  /** A query started. */
  public static final class QueryStartedEvent implements Event {

    private final JsonObject json;

    /** The event the server reported in {@code json}; a text that is not a JSON object fails saying so. */
    public static QueryStartedEvent fromJson(String json) {
      return new QueryStartedEvent(ProgressJson.parse(json));
    }

    private QueryStartedEvent(JsonObject json) {
      this.json = json;
    }

    /** The query's id, the same across restarts from its checkpoint. */
    public UUID id() {
      return uuid(json, "id");
    }

    /** The id of this run of the query. */
    public UUID runId() {
      return uuid(json, "runId");
    }

    /** The query's name, or null when it has none. */
    public String name() {
      return ProgressJson.text(json, "name");
    }

    /** When it started, in ISO-8601. */
    public String timestamp() {
      return ProgressJson.text(json, "timestamp");
    }

    /** The job tags the query's session had when it started (Spark 4.0 and later; empty before). */
    public Set<String> jobTags() {
      Set<String> tags = new LinkedHashSet<>();
      JsonElement value = json.get("jobTags");
      if (value != null && value.isJsonArray()) {
        value.getAsJsonArray().forEach(tag -> tags.add(tag.getAsString()));
      }
      return Collections.unmodifiableSet(tags);
    }

    @Override
    public String json() {
      return ProgressJson.compact(json);
    }

    @Override
    public String toString() {
      return "QueryStartedEvent" + json();
    }
  }

  /** A query reported its progress. */
  public static final class QueryProgressEvent implements Event {

    private final JsonObject json;

    /** The event the server reported in {@code json} (an object whose {@code progress} is the report). */
    public static QueryProgressEvent fromJson(String json) {
      return new QueryProgressEvent(ProgressJson.parse(json));
    }

    private QueryProgressEvent(JsonObject json) {
      JsonElement progress = json.get("progress");
      if (progress == null || !progress.isJsonObject()) {
        throw new IllegalArgumentException("a progress event holds its report in a \"progress\" object: "
            + ProgressJson.compact(json));
      }
      this.json = json;
    }

    /** The progress reported. */
    public StreamingQueryProgress progress() {
      return StreamingQueryProgress.fromJson(ProgressJson.compact(json.get("progress")));
    }

    @Override
    public String json() {
      return ProgressJson.compact(json);
    }

    @Override
    public String toString() {
      return "QueryProgressEvent" + json();
    }
  }

  /** A query has been waiting for new data. */
  public static final class QueryIdleEvent implements Event {

    private final JsonObject json;

    /** The event the server reported in {@code json}. */
    public static QueryIdleEvent fromJson(String json) {
      return new QueryIdleEvent(ProgressJson.parse(json));
    }

    private QueryIdleEvent(JsonObject json) {
      this.json = json;
    }

    /** The query's id. */
    public UUID id() {
      return uuid(json, "id");
    }

    /** The id of this run of the query. */
    public UUID runId() {
      return uuid(json, "runId");
    }

    /** When it was found idle, in ISO-8601. */
    public String timestamp() {
      return ProgressJson.text(json, "timestamp");
    }

    @Override
    public String json() {
      return ProgressJson.compact(json);
    }

    @Override
    public String toString() {
      return "QueryIdleEvent" + json();
    }
  }

  /** A query ended. */
  public static final class QueryTerminatedEvent implements Event {

    private final JsonObject json;

    /** The event the server reported in {@code json}. */
    public static QueryTerminatedEvent fromJson(String json) {
      return new QueryTerminatedEvent(ProgressJson.parse(json));
    }

    private QueryTerminatedEvent(JsonObject json) {
      this.json = json;
    }

    /** The query's id. */
    public UUID id() {
      return uuid(json, "id");
    }

    /** The id of this run of the query. */
    public UUID runId() {
      return uuid(json, "runId");
    }

    /** The error the query failed with, as the server describes it; empty when it was stopped or finished. */
    public Optional<String> exception() {
      return Optional.ofNullable(ProgressJson.text(json, "exception"));
    }

    /** The error condition of that failure ({@code STREAM_FAILED}, ...), when the server names one. */
    public Optional<String> errorClassOnException() {
      return Optional.ofNullable(ProgressJson.text(json, "errorClassOnException"));
    }

    @Override
    public String json() {
      return ProgressJson.compact(json);
    }

    @Override
    public String toString() {
      return "QueryTerminatedEvent" + json();
    }
  }

  private static UUID uuid(JsonObject json, String field) {
    String text = ProgressJson.text(json, field);
    return text == null ? null : UUID.fromString(text);
  }
}
