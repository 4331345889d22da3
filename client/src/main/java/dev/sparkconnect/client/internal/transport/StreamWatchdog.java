package dev.sparkconnect.client.internal.transport;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches one result stream for silence: when nothing has arrived for longer than its limit, it
 * runs the action that gives the stream up (which then reattaches). One daemon thread serves every
 * stream of the JVM; a watch costs a check every quarter of its limit.
 */
final class StreamWatchdog implements AutoCloseable {

  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "spark-connect-stream-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  private final long limitNanos;
  private final Runnable onSilence;
  private final ScheduledFuture<?> check;
  private volatile long lastActivityNanos = System.nanoTime();
  private volatile boolean fired;

  private StreamWatchdog(Duration limit, Runnable onSilence) {
    this.limitNanos = limit.toNanos();
    this.onSilence = onSilence;
    long every = Math.max(TimeUnit.MILLISECONDS.toNanos(5), limitNanos / 4);
    this.check = TIMER.scheduleWithFixedDelay(this::check, every, every, TimeUnit.NANOSECONDS);
  }

  /** Starts watching; {@code onSilence} runs once if nothing arrives for {@code limit}. Null limit: no watch. */
  static StreamWatchdog watch(Duration limit, Runnable onSilence) {
    return limit == null ? null : new StreamWatchdog(limit, onSilence);
  }

  /** Something arrived on the stream. */
  void activity() {
    lastActivityNanos = System.nanoTime();
  }

  /** Whether the stream was given up for its silence. */
  boolean fired() {
    return fired;
  }

  private void check() {
    if (!fired && System.nanoTime() - lastActivityNanos > limitNanos) {
      fired = true;
      check.cancel(false);
      onSilence.run();
    }
  }

  @Override
  public void close() {
    check.cancel(false);
  }
}
