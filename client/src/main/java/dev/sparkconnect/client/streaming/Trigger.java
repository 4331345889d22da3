package dev.sparkconnect.client.streaming;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * When a streaming query runs its next micro-batch, as Apache Spark's {@code Trigger}: at a fixed
 * interval ({@link #ProcessingTime(long)}), once over what is there and then stop
 * ({@link #AvailableNow()}, or the older {@link #Once()}), or continuously with checkpoints at an
 * interval ({@link #Continuous(long)}), or in Spark 4.2's real-time mode ({@link #RealTime()}).
 * Without a trigger, a query runs its next batch as soon as the last one ends.
 */
public final class Trigger {

  /** The kinds of trigger. */
  public enum Kind {
    /** Micro-batches at a fixed interval. */
    PROCESSING_TIME,
    /** One or more micro-batches over the data available at the start, then the query stops. */
    AVAILABLE_NOW,
    /** One micro-batch over the data available at the start, then the query stops. */
    ONCE,
    /** Continuous processing, checkpointing at an interval. */
    CONTINUOUS,
    /** Real-time mode (Spark 4.2, experimental): long batches whose rows are processed as they arrive. */
    REAL_TIME
  }

  private final Kind kind;
  private final String interval;

  private Trigger(Kind kind, String interval) {
    this.kind = kind;
    this.interval = interval;
  }

  /** A micro-batch every {@code intervalMs} milliseconds (0: as fast as possible). */
  public static Trigger ProcessingTime(long intervalMs) {
    return ProcessingTime(intervalMs, TimeUnit.MILLISECONDS);
  }

  /** A micro-batch every {@code interval} of {@code unit}. */
  public static Trigger ProcessingTime(long interval, TimeUnit unit) {
    return new Trigger(Kind.PROCESSING_TIME, milliseconds(interval, unit));
  }

  /** A micro-batch at every interval written as Spark reads it: {@code "10 seconds"}, {@code "1 minute"}. */
  public static Trigger ProcessingTime(String interval) {
    return new Trigger(Kind.PROCESSING_TIME, text(interval));
  }

  /** One micro-batch over what is available, then the query stops; prefer {@link #AvailableNow()}. */
  public static Trigger Once() {
    return new Trigger(Kind.ONCE, null);
  }

  /** Everything available at the start, in as many micro-batches as the source's limits make, then the query stops. */
  public static Trigger AvailableNow() {
    return new Trigger(Kind.AVAILABLE_NOW, null);
  }

  /** Continuous processing with a checkpoint every {@code intervalMs} milliseconds. */
  public static Trigger Continuous(long intervalMs) {
    return Continuous(intervalMs, TimeUnit.MILLISECONDS);
  }

  /** Continuous processing with a checkpoint every {@code interval} of {@code unit}. */
  public static Trigger Continuous(long interval, TimeUnit unit) {
    return new Trigger(Kind.CONTINUOUS, milliseconds(interval, unit));
  }

  /** Continuous processing with a checkpoint at every interval written as Spark reads it: {@code "1 second"}. */
  public static Trigger Continuous(String interval) {
    return new Trigger(Kind.CONTINUOUS, text(interval));
  }

  /** Real-time mode with batches of five minutes (Spark 4.2, experimental). */
  public static Trigger RealTime() {
    return RealTime(5, TimeUnit.MINUTES);
  }

  /** Real-time mode with batches of {@code batchDurationMs} milliseconds (Spark 4.2, experimental). */
  public static Trigger RealTime(long batchDurationMs) {
    return RealTime(batchDurationMs, TimeUnit.MILLISECONDS);
  }

  /** Real-time mode with batches of {@code batchDuration} of {@code unit} (Spark 4.2, experimental). */
  public static Trigger RealTime(long batchDuration, TimeUnit unit) {
    if (batchDuration <= 0) {
      throw new IllegalArgumentException("a real-time batch must last longer than 0, not " + batchDuration);
    }
    return new Trigger(Kind.REAL_TIME, milliseconds(batchDuration, unit));
  }

  /** Real-time mode with batches of the duration written as Spark reads it: {@code "1 minute"} (Spark 4.2, experimental). */
  public static Trigger RealTime(String batchDuration) {
    return new Trigger(Kind.REAL_TIME, text(batchDuration));
  }

  /** What kind of trigger this is. */
  public Kind kind() {
    return kind;
  }

  /** The interval as the server reads it ({@code "500 milliseconds"}), or null for the kinds without one. */
  public String interval() {
    return interval;
  }

  private static String milliseconds(long interval, TimeUnit unit) {
    if (interval < 0) {
      throw new IllegalArgumentException("a trigger's interval cannot be negative, not " + interval);
    }
    return Objects.requireNonNull(unit, "unit").toMillis(interval) + " milliseconds";
  }

  private static String text(String interval) {
    if (interval == null || interval.isBlank()) {
      throw new IllegalArgumentException("a trigger's interval is needed, such as \"10 seconds\"");
    }
    return interval;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Trigger that && kind == that.kind && Objects.equals(interval, that.interval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, interval);
  }

  @Override
  public String toString() {
    return interval == null ? kind.name() : kind + "(" + interval + ")";
  }
}
