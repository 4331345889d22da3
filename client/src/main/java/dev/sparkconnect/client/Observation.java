package dev.sparkconnect.client;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Named metrics computed while an action runs, read back once it has: aggregate expressions
 * observed with {@link DataFrame#observe(Observation, Column, Column...)}, as in Apache Spark.
 *
 * <pre>{@code
 * Observation stats = new Observation("stats");
 * DataFrame checked = orders.observe(stats, count(lit(1)).as("rows"), max("amount").as("largest"));
 * checked.write().parquet(path);                       // any action on checked
 * Map<String, Object> metrics = stats.get();          // {rows=..., largest=...}
 * }</pre>
 *
 * <p>An observation belongs to one DataFrame. {@link #get()} waits until an action on it has
 * completed and the server has sent the metrics.
 */
public class Observation {

  private final String name;
  private final AtomicBoolean attached = new AtomicBoolean();
  private final CompletableFuture<Map<String, Object>> metrics = new CompletableFuture<>();

  /** An observation with a random name. */
  public Observation() {
    this(UUID.randomUUID().toString());
  }

  /** An observation called {@code name}, unique among the observations of one query. */
  public Observation(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("An Observation needs a non-empty name");
    }
    this.name = name;
  }

  /** Its name, which is also the name of the server's {@code CollectMetrics} node. */
  public String name() {
    return name;
  }

  /**
   * The metrics by name, in the order they were given: waits until an action on the observed
   * DataFrame has completed.
   */
  public Map<String, Object> get() throws InterruptedException {
    try {
      return metrics.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The same as {@link #get()}, under Apache Spark's name for its Java form. */
  public Map<String, Object> getAsJava() throws InterruptedException {
    return get();
  }

  /**
   * As {@link #get()}, waiting at most {@code timeout}.
   *
   * @throws TimeoutException if no action on the observed DataFrame completed in time
   */
  public Map<String, Object> get(Duration timeout) throws InterruptedException, TimeoutException {
    try {
      return metrics.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Whether the metrics have arrived. */
  public boolean isDone() {
    return metrics.isDone();
  }

  /** Marks this observation as used by a DataFrame; a second use is a mistake Spark also refuses. */
  void attach() {
    if (!attached.compareAndSet(false, true)) {
      throw new IllegalArgumentException("Observation '" + name + "' is already used by a DataFrame; "
          + "an Observation can observe one DataFrame only, so create a new one");
    }
  }

  /** Called when the server sent this observation's metrics; the first answer wins. */
  void complete(Map<String, Object> values) {
    metrics.complete(java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values)));
  }

  @Override
  public String toString() {
    return "Observation[" + name + (metrics.isDone() ? ", " + metrics.join() : ", pending") + "]";
  }
}
